import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CliIo } from '@ainow/engine/cli';
import { createServer, createWorker, serverRegistry } from '../app/create-server';
import { logger } from '../common/logger';
import { loadConfig } from '../config/config';
import { dataSourceOptions } from '../db/data-source-options';
import { migrate } from '../db/migrate';
import { RunWorker } from '../runs/run-worker';
import { WorkflowsService } from '../workflows/workflows.service';
import { intFlag, parseFlags } from './parse-flags';

/**
 * `ainow start`, `worker`, `migrate`, `import`, `export`: the server's commands. Each returns an
 * exit code; `start` and `worker` resolve only when the process is asked to stop.
 */
export const serverCommands: Record<
  string,
  { describe: string; run(argv: string[], io: CliIo): Promise<number> }
> = {
  start: {
    describe:
      'start the API, webhooks, schedules and the editor (with an in-process worker unless REDIS_URL is set); --worker / --no-worker',
    async run(argv, io) {
      const { flags } = parseFlags(argv);
      const config = loadConfig();
      const worker = flags['no-worker'] ? false : flags.worker ? true : undefined;
      const app = await createServer(config, {
        role: { worker, concurrency: intFlag(flags.concurrency, 'concurrency') },
      });
      await app.listen(config.PORT, config.HOST);
      const address = app.getHttpServer().address() as { port: number } | null;
      io.stderr.write(
        `AI-Now is running on http://localhost:${address?.port ?? config.PORT} (${config.database}, ${config.queueMode ? 'queue mode' : 'embedded queue'})\n`,
      );
      return waitForSignal(app, io);
    },
  },
  worker: {
    describe: 'process runs from the queue (needs REDIS_URL and DATABASE_URL); --concurrency N',
    async run(argv, io) {
      const { flags } = parseFlags(argv);
      const config = loadConfig();
      if (!config.queueMode)
        throw new Error(
          'ainow worker needs REDIS_URL: without it, "ainow start" runs the worker in its own process',
        );
      const app = await createWorker(config, {
        role: { concurrency: intFlag(flags.concurrency, 'concurrency') },
      });
      io.stderr.write(
        `AI-Now worker ${process.pid} is processing runs (concurrency ${intFlag(flags.concurrency, 'concurrency') ?? config.AINOW_WORKER_CONCURRENCY})\n`,
      );
      return waitForSignal(app, io);
    },
  },
  migrate: {
    describe: 'apply pending database migrations',
    async run(_argv, io) {
      const applied = await migrate(loadConfig());
      io.stdout.write(
        applied.length
          ? `applied ${applied.length} migration(s): ${applied.join(', ')}\n`
          : 'the database is up to date\n',
      );
      return 0;
    },
  },
  import: {
    describe: 'import workflow files: ainow import FILE...',
    async run(argv, io) {
      const { args } = parseFlags(argv);
      if (!args.length)
        throw new Error('name one or more workflow files: ainow import flows/lead.workflow.json');
      return withWorkflows(async (workflows) => {
        for (const file of args) {
          const saved = await workflows.create(JSON.parse(readFileSync(file, 'utf8')) as unknown, null);
          io.stdout.write(`${saved.id}\t${saved.name}\n`);
        }
        return 0;
      });
    },
  },
  export: {
    describe: 'export workflows: ainow export [--out DIR] [--id ID]; prints a JSON array without --out',
    async run(argv, io) {
      const { flags } = parseFlags(argv);
      return withWorkflows(async (workflows) => {
        const rows = typeof flags.id === 'string' ? [await workflows.row(flags.id)] : await workflows.list();
        const docs = await Promise.all(rows.map(async (row) => (await workflows.get(row.id)).document));
        if (typeof flags.out === 'string') {
          mkdirSync(flags.out, { recursive: true });
          for (const doc of docs)
            writeFileSync(join(flags.out, `${doc.id}.workflow.json`), JSON.stringify(doc, null, 2) + '\n');
          io.stdout.write(`exported ${docs.length} workflow(s) to ${flags.out}\n`);
        } else io.stdout.write(JSON.stringify(docs, null, 2) + '\n');
        return 0;
      });
    },
  },
};

/** Runs `task` against the database with a WorkflowsService (no HTTP, no queue). */
async function withWorkflows(task: (workflows: WorkflowsService) => Promise<number>): Promise<number> {
  const config = loadConfig();
  await migrate(config);
  const ds = await new DataSource(dataSourceOptions(config)).initialize();
  try {
    return await task(new WorkflowsService(ds, serverRegistry(config)));
  } finally {
    await ds.destroy();
  }
}

/** Keeps the process up until SIGINT/SIGTERM; then lets the runs in hand finish (BullMQ hands back the rest). */
function waitForSignal(app: INestApplicationContext, io: CliIo): Promise<number> {
  return new Promise((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      const inHand = app.get(RunWorker, { strict: false }).inHand;
      io.stderr.write(`${signal}: stopping${inHand ? ` after ${inHand} run(s) in hand` : ''}\n`);
      const force = setTimeout(() => {
        logger.warn('runs did not finish in 30 s; leaving them to another worker');
        resolve(1);
      }, 30_000);
      force.unref();
      app.close().then(
        () => resolve(0),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          resolve(1);
        },
      );
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
}
