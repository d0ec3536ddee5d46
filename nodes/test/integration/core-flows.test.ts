import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryNodeStateStore, MemoryStepStore } from '@ainow/engine/runtime';
import { validateWorkflow } from '@ainow/engine/workflow';
import { createBuiltInRegistry } from '@ainow/nodes';
import { flow, json, runFlow } from './run-with-core-nodes';

const leads = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    json: { i, email: `lead${i}@example.com`, first_name: `Lead${i}` },
  }));

describe('core nodes in real runs', () => {
  it('loops over items in batches and collects them on done', async () => {
    //  start ─► loop ─loop─► tag ─┐
    //            ▲ └done─► after  │
    //            └────────────────┘
    const result = await runFlow(
      flow(
        [
          ['start', 'core.manualTrigger'],
          ['loop', 'core.loop', { batchSize: 2 }],
          ['tag', 'core.set', { fields: [{ name: 'batchOf', value: '{{ $input.all().length }}' }] }],
          ['after', 'core.noop'],
        ],
        ['start -> loop', 'loop:loop -> tag', 'tag -> loop', 'loop:done -> after'],
      ),
      { triggerItems: leads(5) },
    );
    expect(result.status).toBe('success');
    expect(json(result, 'after').map((j) => [j.i, j.batchOf])).toEqual([
      [0, 2],
      [1, 2],
      [2, 2],
      [3, 2],
      [4, 1],
    ]);
    expect(result.steps.filter((s) => s.nodeId === 'tag').map((s) => s.runIndex)).toEqual([0, 1, 2]);
  });

  it("resolves $('Node').item inside a loop body and after done, across batches", async () => {
    //  start ─► tag ─► loop ─loop─► use $('tag').item ─┐
    //                   ▲ └done─► after $('tag').item  │
    //                   └──────────────────────────────┘
    const result = await runFlow(
      flow(
        [
          ['start', 'core.manualTrigger'],
          ['tag', 'core.set', { fields: [{ name: 'label', value: 'L{{ $json.i }}' }] }],
          ['loop', 'core.loop', { batchSize: 2 }],
          ['use', 'core.set', { fields: [{ name: 'inBody', value: "{{ $('tag').item.json.label }}" }] }],
          ['after', 'core.set', { fields: [{ name: 'atEnd', value: "{{ $('tag').item.json.label }}" }] }],
        ],
        ['start -> tag', 'tag -> loop', 'loop:loop -> use', 'use -> loop', 'loop:done -> after'],
      ),
      { triggerItems: leads(5) },
    );
    expect(result.status).toBe('success');
    expect(json(result, 'after').map((j) => [j.i, j.inBody, j.atEnd])).toEqual(
      [0, 1, 2, 3, 4].map((i) => [i, `L${i}`, `L${i}`]),
    );
  });

  it('captures console.log of the Code node in the step logs', async () => {
    const result = await runFlow(
      flow(
        [
          ['start', 'core.manualTrigger'],
          [
            'code',
            'core.code',
            { mode: 'each', code: "console.log('seen', $json.i); return { json: { double: $json.i * 2 } };" },
          ],
        ],
        ['start -> code'],
      ),
      { triggerItems: leads(2) },
    );
    expect(json(result, 'code')).toEqual([{ double: 0 }, { double: 2 }]);
    expect(result.steps[1].logs.map((l) => l.message)).toEqual(['seen 0', 'seen 1']);
  });

  it('renders Handlebars templates with item fields and node outputs', async () => {
    const result = await runFlow(
      flow(
        [
          ['start', 'core.manualTrigger'],
          ['company', 'core.set', { fields: [{ name: 'company', value: 'Northwind' }] }],
          [
            'render',
            'core.renderTemplate',
            {
              template: 'Hi {{first_name}} at {{nodes.company.json.company}} {{upper "now"}} {{json $json}}',
              field: 'body',
            },
          ],
        ],
        ['start -> company', 'company -> render'],
      ),
      { triggerItems: leads(1) },
    );
    expect(result.status).toBe('success');
    expect(json(result, 'render')[0].body).toMatch(/^Hi Lead0 at Northwind NOW/);
  });

  it('never evaluates expressions found in data', async () => {
    const result = await runFlow(
      flow(
        [
          ['start', 'core.manualTrigger'],
          ['echo', 'core.set', { fields: [{ name: 'copy', value: '{{ $json.body }}' }] }],
        ],
        ['start -> echo'],
      ),
      { triggerItems: [{ json: { body: "{{ $json.constructor.constructor('return process')() }}" } }] },
    );
    expect(json(result, 'echo')[0].copy).toBe("{{ $json.constructor.constructor('return process')() }}");
  });

  it('removes duplicates across runs through node state', async () => {
    const wf = flow(
      [
        ['start', 'core.manualTrigger'],
        ['dedupe', 'core.removeDuplicates', { fields: [{ field: 'email' }], scope: 'workflow' }],
      ],
      ['start -> dedupe'],
    );
    const nodeState = new MemoryNodeStateStore();
    const first = await runFlow(wf, { triggerItems: leads(2) }, { nodeState });
    const second = await runFlow(wf, { triggerItems: leads(3) }, { nodeState });
    expect(json(first, 'dedupe').map((j) => j.i)).toEqual([0, 1]);
    expect(json(second, 'dedupe').map((j) => j.i)).toEqual([2]);
  });

  it('waits until a date far ahead as a waiting run, and resumes', async () => {
    const wf = flow(
      [
        ['start', 'core.manualTrigger'],
        ['wait', 'core.wait', { mode: 'duration', amount: 2, unit: 'hours' }],
        ['after', 'core.noop'],
      ],
      ['start -> wait', 'wait -> after'],
    );
    const stepStore = new MemoryStepStore();
    const waiting = await runFlow(wf, { runId: 'wait-1' }, { stepStore });
    expect(waiting.status).toBe('waiting');
    expect(Date.parse(waiting.waitUntil!) - Date.now()).toBeGreaterThan(7_000_000);
    const resumed = await runFlow(
      wf,
      { runId: 'wait-1', resume: true, previousSteps: await stepStore.loadSteps('wait-1') },
      { stepStore },
    );
    expect(resumed.status).toBe('success');
    expect(resumed.steps.map((s) => s.nodeId)).toEqual(['start', 'wait', 'after']);
  });

  it('runs a sub-workflow from a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ainow-sub-'));
    const child = flow(
      [
        ['in', 'core.manualTrigger'],
        ['mark', 'core.set', { fields: [{ name: 'enriched', value: true }] }],
      ],
      ['in -> mark'],
    );
    writeFileSync(join(dir, 'child.json'), JSON.stringify(child));
    const parent = flow(
      [
        ['start', 'core.manualTrigger'],
        ['sub', 'core.executeWorkflow', { file: 'child.json' }],
      ],
      ['start -> sub'],
    );
    const registry = createBuiltInRegistry();
    const result = await runFlow(
      parent,
      { triggerItems: leads(2) },
      {
        workflows: {
          load: async (ref) => {
            const { readFileSync } = await import('node:fs');
            return validateWorkflow(JSON.parse(readFileSync(join(dir, ref.file!), 'utf8')), registry)
              .workflow!;
          },
        },
      },
    );
    expect(result.status).toBe('success');
    expect(json(result, 'sub').map((j) => [j.i, j.enriched])).toEqual([
      [0, true],
      [1, true],
    ]);
  });

  it('stops with the message of Stop and Error', async () => {
    const result = await runFlow(
      flow(
        [
          ['start', 'core.manualTrigger'],
          ['stop', 'core.stopAndError', { message: 'No leads today ({{ $json.i }})' }],
        ],
        ['start -> stop'],
      ),
      {
        triggerItems: leads(1),
      },
    );
    expect(result.status).toBe('failed');
    expect(result.error?.message).toContain('No leads today (0)');
  });
});
