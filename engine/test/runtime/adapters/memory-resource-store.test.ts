import { MemoryResourceStore } from '@ainow/engine/runtime';

describe('MemoryResourceStore', () => {
  it('keeps every version of a name and loads the newest or a given one', async () => {
    const store = new MemoryResourceStore();
    await store.save('leadScoreModel', 'Inbound', { w: 1 });
    const second = await store.save('leadScoreModel', 'Inbound', { w: 2 });
    await store.save('leadScoreModel', 'Outbound', { w: 9 });
    expect(second).toMatchObject({ kind: 'leadScoreModel', name: 'Inbound', version: 2, data: { w: 2 } });
    expect((await store.load('leadScoreModel', 'Inbound'))?.data).toEqual({ w: 2 });
    expect((await store.load('leadScoreModel', 'Inbound', 1))?.data).toEqual({ w: 1 });
    expect(await store.load('leadScoreModel', 'Inbound', 3)).toBeUndefined();
    expect(await store.load('otherKind', 'Inbound')).toBeUndefined();
  });

  it('hands out copies, so a node cannot change what was saved', async () => {
    const store = new MemoryResourceStore();
    const data = { weights: [1, 2] };
    await store.save('m', 'n', data);
    data.weights.push(3);
    const loaded = await store.load('m', 'n');
    (loaded!.data as { weights: number[] }).weights.push(4);
    expect((await store.load('m', 'n'))?.data).toEqual({ weights: [1, 2] });
  });
});
