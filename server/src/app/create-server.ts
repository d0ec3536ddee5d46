import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RequestMethod, type INestApplication, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import { startSandboxes } from '@ainow/engine/cli';
import type { NodeRegistry } from '@ainow/engine/sdk';
import { ApiExceptionFilter } from '../common/api-exception.filter';
import { configureLogger } from '../common/logger';
import { requestLog } from '../common/request-log.middleware';
import { createValidationPipe } from '../common/validation.pipe';
import type { ServerConfig } from '../config/config';
import { migrate } from '../db/migrate';
import { builtInPackage, loadNodeRegistry } from '../nodes/plugin-loader';
import { captureWebhookResponses } from '../runs/capture-webhook-responses';
import type { SandboxStarter } from '../runs/sandbox.service';
import { AppModule } from './app.module';
import type { ProcessRole } from './lifecycle';

const OUTSIDE_API = [
  'healthz',
  'readyz',
  'metrics',
  'webhook/{*path}',
  'webhook-test/{*path}',
  'webhook-waiting/{*path}',
];

export interface ServerOptions {
  role?: Partial<ProcessRole>;
  /** A registry to use instead of built-ins + AINOW_NODE_PACKAGES (tests). */
  registry?: NodeRegistry;
  /** Skip migrations (they already ran). */
  skipMigrations?: boolean;
}

/** The node registry the server runs with: built-ins, plugin packages, Respond to Webhook capture. */
export function serverRegistry(config: ServerConfig, registry?: NodeRegistry): NodeRegistry {
  return serverNodes(config, registry).registry;
}

/**
 * The registry and how to start the sandbox of every loaded package's simulators (sandbox runs);
 * with a given registry (tests), the sandbox is the built-in simulators.
 */
export function serverNodes(
  config: ServerConfig,
  registry?: NodeRegistry,
): { registry: NodeRegistry; startSandbox: SandboxStarter } {
  if (registry)
    return {
      registry: captureWebhookResponses(registry),
      startSandbox: () => startSandboxes([builtInPackage()]),
    };
  const loaded = loadNodeRegistry(config.AINOW_NODE_PACKAGES);
  return {
    registry: captureWebhookResponses(loaded.registry),
    startSandbox: () => startSandboxes(loaded.packages),
  };
}

function roleOf(config: ServerConfig, role: Partial<ProcessRole> = {}): ProcessRole {
  return {
    api: role.api ?? true,
    worker: role.worker ?? !config.queueMode,
    concurrency: role.concurrency ?? config.AINOW_WORKER_CONCURRENCY,
  };
}

/**
 * Builds the HTTP server (`ainow start`): migrations, Nest app, body limits, cookies, request logs,
 * `/api/v1` prefix, validation, error format, OpenAPI at `/api/docs` and `/api/openapi.json`, and
 * the editor's built files at `/` when they exist. Call `listen` on the result.
 *
 * @example
 * const app = await createServer(loadConfig());
 * await app.listen(config.PORT, config.HOST);
 */
export async function createServer(
  config: ServerConfig,
  options: ServerOptions = {},
): Promise<INestApplication> {
  configureLogger(config.AINOW_LOG_LEVEL);
  if (!options.skipMigrations) await migrate(config);
  const nodes = serverNodes(config, options.registry);
  const role = roleOf(config, options.role);
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ ...config, AINOW_WORKER_CONCURRENCY: role.concurrency }, nodes, role),
    {
      rawBody: true,
      logger: config.AINOW_LOG_LEVEL === 'silent' ? false : ['error', 'warn'],
    },
  );
  const limit = config.AINOW_BODY_LIMIT;
  app.useBodyParser('json', { limit, type: ['application/json', 'application/*+json'] });
  app.useBodyParser('urlencoded', { limit, extended: true });
  app.useBodyParser('text', { limit, type: ['text/*', 'application/xml'] });
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  app.use(cookieParser());
  app.use(requestLog);
  app.setGlobalPrefix('api/v1', {
    exclude: OUTSIDE_API.map((path) => ({ path, method: RequestMethod.ALL })),
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter(limit));
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('AI-Now API')
      .setDescription(
        'Workflows, runs, credentials, triggers. Errors are { error: { code, message, details } }.',
      )
      .setVersion('1')
      .addApiKey({ type: 'apiKey', name: 'X-API-Key', in: 'header' }, 'apiKey')
      .addCookieAuth('ainow_session', undefined, 'session')
      .addSecurityRequirements('apiKey')
      .addSecurityRequirements('session')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/openapi.json' });
  serveEditor(app, config);
  return app;
}

/** `ainow worker`: the same module without HTTP; processes runs and trigger ticks. */
export async function createWorker(
  config: ServerConfig,
  options: ServerOptions = {},
): Promise<INestApplicationContext> {
  configureLogger(config.AINOW_LOG_LEVEL);
  if (!options.skipMigrations) await migrate(config);
  const nodes = serverNodes(config, options.registry);
  const role = {
    api: false,
    worker: true,
    concurrency: options.role?.concurrency ?? config.AINOW_WORKER_CONCURRENCY,
  };
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot({ ...config, AINOW_WORKER_CONCURRENCY: role.concurrency }, nodes, role),
    {
      logger: config.AINOW_LOG_LEVEL === 'silent' ? false : ['error', 'warn'],
    },
  );
  return app;
}

function serveEditor(app: NestExpressApplication, config: ServerConfig): void {
  const dir = resolve(config.AINOW_EDITOR_DIR ?? resolve(__dirname, '../../..', 'editor/dist'));
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return;
  app.useStaticAssets(dir, { index: false, maxAge: '1h' });
  const api = /^\/(api|webhook|webhook-test|webhook-waiting|healthz|readyz|metrics)(\/|$)/;
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || api.test(req.path)) return next();
    res.sendFile(index);
  });
}
