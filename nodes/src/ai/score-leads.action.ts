import { defineNode, NodeError, Prop } from '@ainow/engine/sdk';
import { LEAD_MODEL_RESOURCE, readLeadModel } from './lead-model';
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
    source: Prop.options({
      label: 'Model from',
      default: 'input',
      options: [
        {
          value: 'input',
          label: 'A model object',
          description: 'Pasted, or an expression pointing at Train',
        },
        { value: 'saved', label: 'A saved model', description: 'Kept on the server by name' },
      ],
    }),
    model: Prop.json({
      label: 'Model',
      showIf: { source: ['input'] },
      help: 'The model object from Train lead score model, or an expression that points at it',
    }),
    modelName: Prop.text({ label: 'Saved model name', showIf: { source: ['saved'] } }),
    modelVersion: Prop.number({
      label: 'Version',
      showIf: { source: ['saved'] },
      help: 'Empty: the newest version',
    }),
    factors: Prop.number({ label: 'Factors per lead', default: 3, min: 0, max: 10 }),
  },
  outputSample: { score: 71, grade: 'A', scoreFactors: [{ feature: 'source = demo request', impact: 0.62 }] },
  async run(ctx) {
    let model;
    let raw: unknown = ctx.props.model;
    if (ctx.props.source === 'saved') {
      const name = ctx.props.modelName?.trim();
      if (!name) throw new NodeError('Score leads › saved model name: give the name the model was saved as');
      const version =
        ctx.props.modelVersion === undefined || ctx.props.modelVersion === null
          ? undefined
          : Number(ctx.props.modelVersion);
      const saved = await ctx.resources.load(LEAD_MODEL_RESOURCE, name, version);
      if (!saved) {
        throw new NodeError(
          `Score leads: no saved model named '${name}'${version === undefined ? '' : ` with version ${version}`}; train one with "Save model as" first`,
          { code: 'model_not_found' },
        );
      }
      raw = saved.data;
    } else if (raw === undefined || raw === null || raw === '') {
      throw new NodeError('Score leads › model: give the model object, or choose a saved model', {
        code: 'invalid_model',
      });
    }
    try {
      model = readLeadModel(raw);
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
