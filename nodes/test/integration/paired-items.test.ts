import { flow, json, runFlow } from './run-with-core-nodes';

const leads = [
  { json: { email: 'ada@northwind.com', tags: ['vip', 'eu'], score: 90 } },
  { json: { email: 'alan@globex.com', tags: ['us'], score: 40 } },
  { json: { email: 'grace@initech.com', tags: ['vip'], score: 75 } },
];

describe("$('Node').item through core nodes", () => {
  it('follows items through Filter', async () => {
    //  start ─► tag ─► filter(score > 50) ─► use $('tag').item
    const result = await runFlow(
      flow(
        [
          ['start', 'core.manualTrigger'],
          ['tag', 'core.set', { fields: [{ name: 'label', value: 'lead-{{ $itemIndex }}' }] }],
          ['filter', 'core.filter', { conditions: [{ left: '{{ $json.score }}', op: 'gt', right: 50 }] }],
          ['use', 'core.set', { fields: [{ name: 'fromTag', value: "{{ $('tag').item.json.label }}" }] }],
        ],
        ['start -> tag', 'tag -> filter', 'filter -> use'],
      ),
      { triggerItems: leads },
    );
    expect(result.status).toBe('success');
    expect(json(result, 'use').map((j) => [j.email, j.fromTag])).toEqual([
      ['ada@northwind.com', 'lead-0'],
      ['grace@initech.com', 'lead-2'],
    ]);
  });

  it('follows items through Split Out and Aggregate', async () => {
    //  start ─► tag ─► split(tags) ─► use $('tag').item ─► aggregate(tag) ─► after $('tag').item
    const result = await runFlow(
      flow(
        [
          ['start', 'core.manualTrigger'],
          ['tag', 'core.set', { fields: [{ name: 'owner', value: "{{ $json.email.split('@')[0] }}" }] }],
          ['split', 'core.splitOut', { field: 'tags' }],
          ['use', 'core.set', { fields: [{ name: 'owner', value: "{{ $('tag').item.json.owner }}" }] }],
          ['agg', 'core.aggregate', { fields: [{ field: 'owner' }] }],
          [
            'after',
            'core.set',
            { fields: [{ name: 'firstOwner', value: "{{ $('tag').item.json.owner }}" }] },
          ],
        ],
        ['start -> tag', 'tag -> split', 'split -> use', 'use -> agg', 'agg -> after'],
      ),
      { triggerItems: leads },
    );
    expect(result.status).toBe('success');
    expect(json(result, 'after')).toHaveLength(1);
    expect(json(result, 'after')[0].owner).toEqual(['ada', 'ada', 'alan', 'grace']);
    expect(json(result, 'after')[0].firstOwner).toBe('ada');
    const use = result.steps.find((s) => s.nodeId === 'use')!;
    expect(use.output.main.map((i) => i.json.owner)).toEqual(['ada', 'ada', 'alan', 'grace']);
  });

  it('follows items through Merge by key from both inputs', async () => {
    //          ┌► crm(set) ──a─┐
    //  start ──┤               ├► merge(byKey email) ─► use $('crm').item and $('ads').item
    //          └► ads(set) ──b─┘
    const result = await runFlow(
      flow(
        [
          ['start', 'core.manualTrigger'],
          [
            'crm',
            'core.set',
            { fields: [{ name: 'source', value: 'crm-{{ $itemIndex }}' }], keepOnlySet: false },
          ],
          [
            'ads',
            'core.code',
            {
              mode: 'all',
              code: 'return items.slice().reverse().map((i) => ({ json: { email: i.json.email, clicks: i.json.score / 10 } }));',
            },
          ],
          ['merge', 'core.merge', { mode: 'byKey', keyA: 'email', keyB: 'email', join: 'inner' }],
          ['use', 'core.set', { fields: [{ name: 'crmSource', value: "{{ $('crm').item.json.source }}" }] }],
        ],
        ['start -> crm', 'start -> ads', 'crm -> merge:a', 'ads -> merge:b', 'merge -> use'],
      ),
      { triggerItems: leads },
    );
    expect(result.status).toBe('success');
    expect(json(result, 'use').map((j) => [j.email, j.clicks, j.crmSource])).toEqual([
      ['ada@northwind.com', 9, 'crm-0'],
      ['alan@globex.com', 4, 'crm-1'],
      ['grace@initech.com', 7.5, 'crm-2'],
    ]);
  });
});
