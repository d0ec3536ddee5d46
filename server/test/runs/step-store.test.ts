import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { StepRecord } from '@ainow/engine/runtime';
import { dataSourceOptions } from '../../src/db/data-source-options';
import { migrate } from '../../src/db/migrate';
import { ExecutionStore } from '../../src/executions/execution-store';
import type { ExecutionEntity } from '../../src/executions/execution.entity';
import { TypeOrmStepStore } from '../../src/runs/adapters/typeorm-step-store.adapter';
import { testConfig } from '../support/test-config';

/** The run's "running" mark rides with its first stored step: both or neither are committed. */
describe.each(['sqlite', 'postgres'] as const)('step store on %s', (kind) => {
  const config = testConfig(kind);
  let ds: DataSource;
  let store: ExecutionStore;
  beforeAll(async () => {
    await migrate(config);
    ds = await new DataSource(dataSourceOptions(config)).initialize();
    store = new ExecutionStore(ds);
  });
  afterAll(async () => {
    if (kind === 'postgres')
      await ds?.query(`DROP SCHEMA IF EXISTS "${config.AINOW_DATABASE_SCHEMA}" CASCADE`);
    await ds?.destroy();
  });

  const queuedRun = async (): Promise<ExecutionEntity> => {
    const row: ExecutionEntity = {
      id: randomUUID(),
      workflowId: randomUUID(),
      workflowVersion: 1,
      workflowName: 'W',
      status: 'queued',
      mode: 'manual',
      createdAt: new Date().toISOString(),
      startedAt: null,
      finishedAt: null,
      waitUntil: null,
      error: null,
      options: {},
      resumeToken: null,
      retryOf: null,
      attempts: 0,
    };
    await store.insert(row);
    return row;
  };
  const step = (runId: string, index: number): StepRecord => ({
    runId,
    index,
    nodeId: `n${index}`,
    nodeName: `N${index}`,
    nodeType: 'core.set',
    runIndex: 0,
    status: 'success',
    startedAt: new Date().toISOString(),
    finishedAt: new Date().toISOString(),
    durationMs: 1,
    input: {},
    itemsIn: 1,
    output: { main: [{ json: { index } }] },
    itemsOut: { main: 1 },
    retries: 0,
    logs: [],
  });
  const running = (run: ExecutionEntity) =>
    store.updateStatement(run.id, { status: 'running', attempts: 1, startedAt: new Date().toISOString() }, [
      'queued',
    ]);

  it('commits the mark with the first step only', async () => {
    const run = await queuedRun();
    const steps = new TypeOrmStepStore(ds);
    steps.withNextSave(running(run));
    expect((await store.find(run.id))?.status).toBe('queued');
    await steps.saveStep(step(run.id, 0));
    expect(await store.find(run.id)).toMatchObject({ status: 'running', attempts: 1 });
    expect(await steps.loadSteps(run.id)).toHaveLength(1);
  });

  it('keeps the mark for the next try when the step cannot be stored', async () => {
    const run = await queuedRun();
    const first = new TypeOrmStepStore(ds);
    await first.saveStep(step(run.id, 0));
    const again = new TypeOrmStepStore(ds); // a store that does not know step 0 is stored: the insert fails
    again.withNextSave(running(run));
    await expect(again.saveStep(step(run.id, 0))).rejects.toThrow();
    expect((await store.find(run.id))?.status).toBe('queued');
    await again.writePending();
    expect((await store.find(run.id))?.status).toBe('running');
  });

  it('does not mark a run someone cancelled meanwhile', async () => {
    const run = await queuedRun();
    const steps = new TypeOrmStepStore(ds);
    steps.withNextSave(running(run));
    await store.update(run.id, { status: 'cancelled' });
    await steps.saveStep(step(run.id, 0));
    expect((await store.find(run.id))?.status).toBe('cancelled');
  });
});
