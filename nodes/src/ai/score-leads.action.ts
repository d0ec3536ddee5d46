import { defineNode, NodeError, Prop } from '@ainow/engine/sdk';
import { readLeadModel } from './lead-model';
import { scoreLead } from './score-leads';

/**
 * Score leads: scores every incoming lead with a model from "Train lead score model" (pasted, or
 * taken from that node's output with an expression such as
 * `{{ $('Train lead score model').first().json.model }}`). Keeps every field and adds `score`
 * (0-100), `grade` (A-D) and `scoreFactors` (what moved this lead's score most).
 *
 * @example
 * { "type": "ai.scoreLeads", "parameters": { "model": "{{ $('Train lead score model').first().json.model }}" } }
 * // → [{ json: { ...lead, score: 71, grade: 'A', scoreFactors: [{ feature: 'source = demo request', impact: 0.62 }] } }]
 */
export const scoreLeadsNode = defineNode({
  type: 'ai.scoreLeads',
  version: 1,
  displayName: 'Score leads',
  description:
    'Scores leads 0-100 with a model trained on your own history (no API key), with grade and top factors',
  category: 'AI',
  icon: 'brain',
  effect: 'read',
  props: {
    model: Prop.json({
      label: 'Model',
      required: true,
      help: 'The model object from Train lead score model, or an expression that points at it',
    }),
    factors: Prop.number({ label: 'Factors per lead', default: 3, min: 0, max: 10 }),
  },
  outputSample: { score: 71, grade: 'A', scoreFactors: [{ feature: 'source = demo request', impact: 0.62 }] },
  async run(ctx) {
    let model;
    try {
      model = readLeadModel(ctx.props.model);
    } catch (error) {
      throw new NodeError(`Score leads › model: ${(error as Error).message}`, { code: 'invalid_model' });
    }
    return ctx.items.map((item, index) => ({
      ...item,
      json: { ...item.json, ...scoreLead(model, item.json, ctx.props.factors) },
      pairedItem: { item: index },
    }));
  },
});
