import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, bufferIo } from '@ainow/engine/cli';
import { defineNode, Prop, toItems, type Item } from '@ainow/engine/sdk';
import { runNode } from '@ainow/engine/testing';
import { coreNodes } from '../../src/core';
import { scoreLeadsNode, trainLeadModelNode } from '../../src/ai';
import { aiCredentials, aiNodes } from '../../src/vendors/group-ai';

const templatePath = join(__dirname, '../../../examples/lead-scoring.workflow.json');
const template = JSON.parse(readFileSync(templatePath, 'utf8')) as {
  nodes: Array<{ id: string; type: string; parameters: Record<string, unknown> }>;
  connections: Array<{ from: { node: string }; to: { node: string } }>;
};
const node = (id: string) => template.nodes.find((n) => n.id === id)!;

/** Stands in for core.code until the core library registers it, so that validation sees the type. */
const codeStub = defineNode({
  type: 'core.code',
  version: 1,
  displayName: 'Code',
  description: 'stub',
  category: 'Code',
  effect: 'read',
  props: { mode: Prop.text({ label: 'Mode' }), code: Prop.text({ label: 'Code', required: true }) },
  async run() {
    return [];
  },
});
const core = coreNodes.some((n) => n.type === 'core.code') ? coreNodes : [...coreNodes, codeStub];

/** What the Code node does, without the isolate: the template's code is trusted test input. */
const runCode = (id: string): Item[] =>
  toItems(new Function('items', String(node(id).parameters.code))([]) as unknown[]);

describe('examples/lead-scoring.workflow.json', () => {
  it('validates with the AI and core node types', async () => {
    const io = bufferIo();
    expect(
      await runCli(['validate', templatePath], io, () => [
        { name: '@ainow/nodes', nodes: [...core, ...aiNodes], credentials: aiCredentials },
      ]),
    ).toBe(0);
    expect(io.err()).toBe('');
  });

  it('is wired Start → Past leads → Train → New leads → Score → Best first', () => {
    expect(template.connections.map((c) => `${c.from.node}>${c.to.node}`)).toEqual([
      'start>history',
      'history>train',
      'train>newLeads',
      'newLeads>score',
      'score>sort',
    ]);
    expect(node('score').parameters.model).toBe("{{ $('Train lead score model').first().json.model }}");
  });

  it('trains on its past leads and scores its new leads in the expected order', async () => {
    const history = runCode('history');
    expect(history).toHaveLength(600);
    const trained = await runNode(trainLeadModelNode, { props: node('train').parameters, items: history });
    const { model, metrics } = trained.main[0].json as { model: unknown; metrics: { auc: number } };
    expect(metrics.auc).toBeGreaterThan(0.7);
    const scored = await runNode(scoreLeadsNode, {
      props: { ...node('score').parameters, model },
      items: runCode('newLeads'),
    });
    const byScore = scored.main.map((i) => i.json).sort((a, b) => (b.score as number) - (a.score as number));
    expect(byScore[0].name).toBe('Ada Lovelace');
    expect(byScore.at(-1)!.name).toBe('Grace Hopper');
    expect(
      byScore.every(
        (lead) => /^[ABCD]$/.test(String(lead.grade)) && (lead.scoreFactors as unknown[]).length === 3,
      ),
    ).toBe(true);
  });
});
