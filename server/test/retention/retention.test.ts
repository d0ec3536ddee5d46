import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/db/data-source-options';
import { migrate } from '../../src/db/migrate';
import { ExecutionEntity } from '../../src/executions/execution.entity';
import { ExecutionStepEntity } from '../../src/executions/execution-step.entity';
import { RetentionService } from '../../src/retention/retention.service';
import { testConfig } from '../support/test-config';

describe('execution retention', () => {
  const config = testConfig('sqlite', {
    AINOW_EXECUTIONS_MAX_AGE_DAYS: '7',
    AINOW_EXECUTIONS_MAX_COUNT: '3',
  });
  let ds: DataSource;
  beforeAll(async () => {
    await migrate(config);
    ds = await new DataSource(dataSourceOptions(config)).initialize();
  });
  afterAll(async () => ds?.destroy());

  const execution = (id: string, daysAgo: number, status: ExecutionEntity['status']): ExecutionEntity => ({
    id,
    workflowId: 'wf',
    workflowVersion: 1,
    workflowName: 'wf',
    status,
    mode: 'manual',
    createdAt: new Date(Date.now() - daysAgo * 86_400_000).toISOString(),
    startedAt: null,
    finishedAt: null,
    waitUntil: null,
    error: null,
    options: {},
    resumeToken: null,
    retryOf: null,
    attempts: 0,
  });

  it('deletes finished runs past the age and beyond the count, with their steps; never waiting ones', async () => {
    const rows = [
      execution('old-success', 10, 'success'),
      execution('old-waiting', 10, 'waiting'),
      execution('r1', 1, 'success'),
      execution('r2', 2, 'failed'),
      execution('r3', 3, 'success'),
      execution('r4', 4, 'cancelled'),
    ];
    await ds.getRepository(ExecutionEntity).insert(rows as never);
    await ds.getRepository(ExecutionStepEntity).insert({
      executionId: 'old-success',
      index: 0,
      nodeId: 'n',
      nodeName: 'n',
      nodeType: 't',
      runIndex: 0,
      status: 'success',
      startedAt: '',
      finishedAt: '',
      durationMs: 1,
      itemsIn: 0,
      itemsOut: {},
      input: {},
      error: null,
      retries: 0,
      logs: [],
      waitUntil: null,
      pinned: false,
      dryRun: false,
      response: null,
    } as never);
    const result = await new RetentionService(ds, config).prune();
    expect(result.deleted).toBe(2);
    const left = (await ds.getRepository(ExecutionEntity).find()).map((e) => e.id).sort();
    expect(left).toEqual(['old-waiting', 'r1', 'r2', 'r3']);
    expect(await ds.getRepository(ExecutionStepEntity).countBy({ executionId: 'old-success' })).toBe(0);
  });
});
