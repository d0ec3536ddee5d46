import { TurnBatch } from '../../src/common/turn-batch';

describe('TurnBatch', () => {
  it('hands the calls of one turn to one run and answers each caller its own result', async () => {
    const runs: number[][] = [];
    const batch = new TurnBatch<number, number>(async (inputs) => {
      runs.push(inputs);
      return inputs.map((n) => n * 10);
    });
    const first = await Promise.all([batch.call(1), batch.call(2), batch.call(3)]);
    const later = await batch.call(4);
    expect(first).toEqual([10, 20, 30]);
    expect(later).toBe(40);
    expect(runs).toEqual([[1, 2, 3], [4]]);
  });

  it('rejects every caller of a batch whose run fails, and the next batch runs afresh', async () => {
    let fail = true;
    const batch = new TurnBatch<string, string>(async (inputs) => {
      if (fail) throw new Error('redis is down');
      return inputs;
    });
    const results = await Promise.allSettled([batch.call('a'), batch.call('b')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await batch.call('c')).toBe('c');
  });
});
