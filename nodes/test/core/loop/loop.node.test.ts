import type { Item } from '@ainow/engine/sdk';
import { runNode } from '@ainow/engine/testing';
import { loop } from '@ainow/nodes/core';

const entry = [1, 2, 3, 4, 5].map((n) => ({ json: { n } }));

/** Plays the runtime: feeds each `loop` batch through a body that doubles n, until `done`. */
async function drive(items: Item[], batchSize: number) {
  const runState = new Map<string, unknown>();
  const calls: Array<{ loop: Item[]; done: Item[] }> = [];
  let input = items;
  for (let guard = 0; guard < 20; guard++) {
    const out = await runNode(loop, { props: { batchSize }, items: input, runState });
    calls.push({ loop: out.loop, done: out.done });
    if (out.loop.length === 0) return { calls, runState };
    input = out.loop.map((item) => ({ json: { n: (item.json.n as number) * 2 } }));
  }
  throw new Error('loop never finished');
}

describe('core.loop', () => {
  it.each([
    [2, [[1, 2], [3, 4], [5], []]],
    [10, [[1, 2, 3, 4, 5], []]],
    [1, [[1], [2], [3], [4], [5], []]],
  ])('batchSize %i emits batches %j then done', async (batchSize, batches) => {
    const { calls, runState } = await drive(entry, batchSize);
    expect(calls.map((c) => c.loop.map((item) => item.json.n))).toEqual(batches);
    expect(calls.slice(0, -1).every((c) => c.done.length === 0)).toBe(true);
    expect(calls.at(-1)!.done.map((item) => item.json.n)).toEqual([2, 4, 6, 8, 10]);
    expect(runState.size).toBe(0);
  });

  it('pairs loop items with their entry position and done items with their arrival order', async () => {
    const { calls } = await drive(entry, 2);
    expect(calls[0].loop.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
    expect(calls[1].loop.map((item) => item.pairedItem)).toEqual([
      { item: 2, input: 'entry' },
      { item: 3, input: 'entry' },
    ]);
    expect(calls.at(-1)!.done.map((item) => item.pairedItem)).toEqual(
      [0, 1, 2, 3, 4].map((item) => ({ item, input: 'processed' })),
    );
  });

  it('pairs done items with the main input when one batch held everything', async () => {
    const { calls } = await drive(entry, 10);
    expect(calls.at(-1)!.done.map((item) => item.pairedItem)).toEqual(
      [0, 1, 2, 3, 4].map((item) => ({ item })),
    );
  });

  it('finishes at once with no entry items', async () => {
    const out = await runNode(loop, { props: { batchSize: 3 }, items: [] });
    expect(out).toEqual({ loop: [], done: [] });
  });

  it('can be entered again after done', async () => {
    const runState = new Map<string, unknown>();
    await drive(entry, 5);
    const first = await runNode(loop, { props: { batchSize: 5 }, items: entry.slice(0, 1), runState });
    expect(first.loop).toHaveLength(1);
  });

  it('declares the loop port and rejects bad batch sizes', () => {
    expect(loop.loop).toEqual({ port: 'loop' });
    expect(loop.outputs).toEqual(['loop', 'done']);
    expect(loop.validate!({ batchSize: 0 })).toHaveLength(1);
    expect(loop.validate!({ batchSize: 3 })).toEqual([]);
    expect(loop.validate!({ batchSize: '{{ $vars.batch }}' })).toEqual([]);
  });
});
