import { createEngineDefaults, createRuntime } from '@ainow/engine/runtime';
import { NodeRegistry, type Item } from '@ainow/engine/sdk';
import { buildWorkflow } from '@ainow/engine/testing';
import { coreCredentials, coreNodes } from '@ainow/nodes/core';

/** Core nodes run by the real runtime, with real expressions, so pairing is checked end to end. */
const defaults = createEngineDefaults();
afterAll(() => defaults.dispose());

function registry(): NodeRegistry {
  const r = new NodeRegistry();
  for (const node of coreNodes) r.add(node);
  for (const credential of coreCredentials) r.addCredential(credential);
  return r;
}

const workflow = buildWorkflow;

const run = (wf: ReturnType<typeof workflow>, triggerItems: Item[]) =>
  createRuntime({ registry: registry(), ...defaults }).run(wf, { triggerItems });

describe('core nodes in the runtime', () => {
  it('splits, maps, routes and aggregates, and $("…").item follows the pairing back', async () => {
    //  trig ─► split ─► set ─► if ─true─► tag ─► agg
    const wf = workflow(
      [
        ['trig', 'core.manualTrigger'],
        ['split', 'core.splitOut', { field: 'contacts', include: 'all' }],
        ['set', 'core.set', { fields: [{ name: 'domain', value: "{{ $json.email.split('@')[1] }}" }] }],
        ['if', 'core.if', { conditions: [{ left: '{{ $json.score }}', op: 'gte', right: 50 }] }],
        ['tag', 'core.set', { fields: [{ name: 'account', value: "{{ $('trig').item.json.company }}" }] }],
        ['agg', 'core.aggregate', { fields: [{ field: 'email' }, { field: 'account' }] }],
      ],
      ['trig -> split', 'split -> set', 'set -> if', 'if:true -> tag', 'tag -> agg'],
    );
    const result = await run(wf, [
      {
        json: {
          company: 'Acme',
          contacts: [
            { email: 'a@acme.co', score: 80 },
            { email: 'b@acme.co', score: 20 },
          ],
        },
      },
      { json: { company: 'Beta', contacts: [{ email: 'c@beta.io', score: 55 }] } },
    ]);
    expect(result.error).toBeNull();
    expect(result.outputs.agg.main.map((i) => i.json)).toEqual([
      { email: ['a@acme.co', 'c@beta.io'], account: ['Acme', 'Beta'] },
    ]);
  });

  it('switches and merges by key, keeping both sources reachable', async () => {
    //        ┌─hot──► hot ──a─┐
    //  trig ─► sw              merge ─► who
    //        └─fallback─► cold─b┘
    const wf = workflow(
      [
        ['trig', 'core.manualTrigger'],
        [
          'sw',
          'core.switch',
          { rules: [{ name: 'hot', conditions: [{ left: '{{ $json.score }}', op: 'gt', right: 50 }] }] },
        ],
        ['hot', 'core.set', { fields: [{ name: 'tier', value: 'hot' }] }],
        ['cold', 'core.set', { fields: [{ name: 'tier', value: 'cold' }] }],
        ['merge', 'core.merge', { mode: 'append' }],
        ['who', 'core.set', { fields: [{ name: 'from', value: "{{ $('trig').item.json.id }}" }] }],
      ],
      [
        'trig -> sw',
        'sw:hot -> hot',
        'sw:fallback -> cold',
        'hot -> merge:a',
        'cold -> merge:b',
        'merge -> who',
      ],
    );
    const result = await run(
      wf,
      [1, 2, 3].map((id) => ({ json: { id, score: id * 30 } })),
    );
    expect(result.error).toBeNull();
    expect(result.outputs.who.main.map((i) => [i.json.tier, i.json.from])).toEqual([
      ['hot', 2],
      ['hot', 3],
      ['cold', 1],
    ]);
  });

  it('loops in batches and outputs every processed item once', async () => {
    //  trig ─► loop ─loop─► body ─┐      loop ─done─► sort
    //           ▲──────────────────┘
    const wf = workflow(
      [
        ['trig', 'core.manualTrigger'],
        ['loop', 'core.loop', { batchSize: 2 }],
        ['body', 'core.set', { fields: [{ name: 'seen', value: '{{ $json.n * 10 }}' }] }],
        ['sort', 'core.sort', { by: [{ field: 'seen', order: 'desc' }] }],
      ],
      ['trig -> loop', 'loop:loop -> body', 'body -> loop', 'loop:done -> sort'],
    );
    const result = await run(
      wf,
      [1, 2, 3, 4, 5].map((n) => ({ json: { n } })),
    );
    expect(result.error).toBeNull();
    expect(result.steps.filter((s) => s.nodeId === 'loop')).toHaveLength(4);
    expect(result.outputs.sort.main.map((i) => i.json.seen)).toEqual([50, 40, 30, 20, 10]);
  });
});
