import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/db/data-source-options';
import { ensureSchema, migrate } from '../../src/db/migrate';
import { testConfig } from '../support/test-config';

describe.each(['sqlite', 'postgres'] as const)('migrations on %s', (kind) => {
  const config = testConfig(kind);
  let ds: DataSource;

  afterAll(async () => {
    if (kind === 'postgres' && ds?.isInitialized)
      await ds.query(`DROP SCHEMA IF EXISTS "${config.AINOW_DATABASE_SCHEMA}" CASCADE`);
    await ds?.destroy();
  });

  it('applies every migration to an empty database and leaves nothing for the entities to change', async () => {
    const applied = await migrate(config);
    expect(applied.length).toBeGreaterThanOrEqual(8);
    ds = await new DataSource(dataSourceOptions(config)).initialize();
    await ensureSchema(ds, config);
    const pending = await ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('is idempotent: a second run applies nothing', async () => {
    expect(await migrate(config)).toEqual([]);
  });
});

describe('migrations started together on PostgreSQL (replicas starting at once)', () => {
  const config = testConfig('postgres');
  afterAll(async () => {
    const ds = await new DataSource(dataSourceOptions(config)).initialize();
    await ds.query(`DROP SCHEMA IF EXISTS "${config.AINOW_DATABASE_SCHEMA}" CASCADE`);
    await ds.destroy();
  });

  it('applies each migration once: one process migrates, the others wait and find nothing to do', async () => {
    const results = await Promise.all([migrate(config), migrate(config), migrate(config)]);
    const applied = results.flat();
    expect(applied.length).toBeGreaterThanOrEqual(8);
    expect(new Set(applied).size).toBe(applied.length);
    expect(results.filter((r) => r.length > 0)).toHaveLength(1);
    const ds = await new DataSource(dataSourceOptions(config)).initialize();
    const rows = await ds.query(`SELECT "name" FROM "${config.AINOW_DATABASE_SCHEMA}"."ainow_migrations"`);
    await ds.destroy();
    expect(rows.map((r: { name: string }) => r.name).sort()).toEqual([...applied].sort());
  });
});
