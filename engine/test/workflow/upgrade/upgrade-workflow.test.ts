import {
  CURRENT_SCHEMA_VERSION,
  UPGRADE_STEPS,
  draftToV1,
  upgradeWorkflow,
  type UpgradeStep,
} from '@ainow/engine/workflow';

describe('upgradeWorkflow', () => {
  it('upgrades a draft: adds schemaVersion and turns [x, y] positions into { x, y }', () => {
    const draft = Object.freeze({
      name: 'Old',
      nodes: Object.freeze([
        Object.freeze({ id: 'a', position: Object.freeze([10, 20]) }),
        Object.freeze({ id: 'b', position: { x: 1, y: 2 } }),
        Object.freeze({ id: 'c' }),
      ]),
      extra: 'kept',
    });
    const result = upgradeWorkflow(draft);
    expect(result.problems).toEqual([]);
    expect(result.applied).toEqual([draftToV1.name]);
    expect(result.doc).toEqual({
      schemaVersion: 1,
      name: 'Old',
      nodes: [{ id: 'a', position: { x: 10, y: 20 } }, { id: 'b', position: { x: 1, y: 2 } }, { id: 'c' }],
      extra: 'kept',
    });
    expect((draft.nodes[0] as { position: unknown }).position).toEqual([10, 20]);
  });

  it.each([
    ['already current', { schemaVersion: 1, name: 'x', nodes: [] }],
    ['not an object', 'text'],
    ['an array', [1, 2]],
    ['a non-numeric version (validation reports it)', { schemaVersion: 'one' }],
  ])('leaves a document alone when %s', (_label, input) => {
    const result = upgradeWorkflow(input);
    expect(result).toEqual({ doc: input, applied: [], problems: [] });
    expect(result.doc).toBe(input);
  });

  it('refuses a document newer than the engine', () => {
    const result = upgradeWorkflow({ schemaVersion: CURRENT_SCHEMA_VERSION + 1 });
    expect(result.problems.map((p) => [p.code, p.path])).toEqual([
      ['unsupported-schema-version', '$.schemaVersion'],
    ]);
  });

  it('chains named steps in order and stops where no step leads on', () => {
    const steps: UpgradeStep[] = [
      { from: 2, to: 3, name: 'two to three', upgrade: (doc) => ({ ...doc, three: true }) },
      { from: 1, to: 2, name: 'one to two', upgrade: (doc) => ({ ...doc, two: true }) },
    ];
    expect(upgradeWorkflow({ schemaVersion: 1 }, steps, 3)).toEqual({
      doc: { schemaVersion: 3, two: true, three: true },
      applied: ['one to two', 'two to three'],
      problems: [],
    });
    const stuck = upgradeWorkflow({ schemaVersion: 0 }, steps, 3);
    expect(stuck.problems[0].message).toBe(
      'no upgrade leads from schemaVersion 0 to 3; this document cannot be read',
    );
  });

  it('has a step from every version below the current one', () => {
    for (let version = 0; version < CURRENT_SCHEMA_VERSION; version++) {
      expect(UPGRADE_STEPS.some((step) => step.from === version)).toBe(true);
    }
  });
});
