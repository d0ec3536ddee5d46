import { memoryState, runNode } from '@ainow/engine/testing';
import { removeDuplicates } from '@ainow/nodes/core';

const leads = ['ada@x.co', 'bob@x.co', 'Ada@x.co', 'ada@x.co'].map((email, i) => ({ json: { email, i } }));

describe('core.removeDuplicates', () => {
  it.each([
    [{ fields: [{ field: 'email' }] }, [0, 1, 2]],
    [{ fields: [{ field: 'email' }], ignoreCase: true }, [0, 1]],
    [{ fields: [] }, [0, 1, 2, 3]],
  ])('%j keeps items %j, paired with their positions', async (props, kept) => {
    const out = await runNode(removeDuplicates, { props, items: leads });
    expect(out.main.map((item) => item.json.i)).toEqual(kept);
    expect(out.main.map((item) => item.pairedItem)).toEqual(kept.map((item) => ({ item })));
  });

  it('compares whole items when no fields are given', async () => {
    const items = [{ json: { a: 1, b: 2 } }, { json: { b: 2, a: 1 } }, { json: { a: 1 } }];
    const out = await runNode(removeDuplicates, { props: {}, items });
    expect(out.main.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 2 }]);
  });

  it('keeps items that lack every chosen field', async () => {
    const items = [{ json: { name: 'x' } }, { json: { name: 'y' } }];
    const out = await runNode(removeDuplicates, { props: { fields: ['email'] }, items });
    expect(out.main).toHaveLength(2);
  });

  it('remembers within a run across calls (loop iterations)', async () => {
    const runState = new Map<string, unknown>();
    const props = { fields: ['email'], scope: 'run' };
    await runNode(removeDuplicates, { props, items: leads.slice(0, 1), runState });
    const second = await runNode(removeDuplicates, { props, items: leads, runState });
    expect(second.main.map((item) => item.json.i)).toEqual([1, 2]);
  });

  it('remembers across runs with workflow scope, bounded by historySize', async () => {
    const state = memoryState();
    const props = { fields: ['email'], scope: 'workflow', historySize: 2 };
    const first = await runNode(removeDuplicates, { props, items: leads, state });
    expect(first.main).toHaveLength(3);
    const second = await runNode(removeDuplicates, { props, items: leads, state });
    expect(second.main.map((item) => item.json.email)).toEqual(['ada@x.co']);
    expect((state.data.get('seenKeys') as string[]).length).toBe(2);
    expect(JSON.stringify([...state.data.values()])).not.toContain('ada@x.co');
  });
});
