import { defineNode, NodeError, Prop } from '@ainow/engine/sdk';
import { trainLeadModel } from './train-lead-model';
import { LEAD_MODEL_RESOURCE } from './lead-model';

/**
 * Train lead score model: learns from the incoming items (past leads with their fields and an
 * outcome) and outputs one item with the model (versioned JSON, see lead-model.ts) and its
 * validation metrics. No API key; runs in the worker. Feed the model to "Score leads", or give it
 * a name (`saveAs`) to keep it on the server as a new version of that model, like a credential
 * that any workflow can then score with.
 *
 * @example
 * { "type": "ai.trainLeadModel", "parameters": { "label": "outcome", "validationShare": 0.2 } }
 * // → [{ json: { model: { kind: 'ainow.leadScoreModel', … }, metrics: { auc: 0.79, … }, summary: '…' } }]
 */
const list = (text: string | undefined) =>
  (text ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

export const trainLeadModelNode = defineNode({
  type: 'ai.trainLeadModel',
  version: 1,
  displayName: 'Train lead score model',
  description:
    'Learns which leads win from your own history (no API key) and outputs a model with its accuracy',
  category: 'AI',
  icon: 'brain',
  effect: 'read',
  props: {
    label: Prop.text({ label: 'Outcome field', default: 'outcome', help: 'Won/lost, converted yes/no, 1/0' }),
    positiveValues: Prop.text({
      label: 'Won values',
      help: 'Comma-separated values that count as won; empty understands won/yes/true/1/converted',
    }),
    fields: Prop.text({
      label: 'Fields to learn from',
      help: 'Comma-separated; empty uses every field but the outcome (identifiers are skipped)',
    }),
    textFields: Prop.text({
      label: 'Text fields',
      help: 'Comma-separated fields read word by word; empty: fields named like title or industry',
    }),
    validationShare: Prop.number({
      label: 'Validation share',
      default: 0.2,
      min: 0.05,
      max: 0.5,
      help: 'Leads held out to measure the model',
    }),
    seed: Prop.number({ label: 'Seed', default: 42, help: 'Same seed, same split and same model' }),
    maxCategories: Prop.number({
      label: 'Values per category field',
      default: 20,
      min: 1,
      help: 'Rarer values share one "other" column',
    }),
    steps: Prop.number({ label: 'Training steps', default: 300, min: 10, max: 5000 }),
    saveAs: Prop.text({
      label: 'Save model as',
      placeholder: 'Inbound leads',
      help: 'Keep the model on the server under this name; each training adds a version. Empty: only output it',
    }),
  },
  outputSample: {
    model: { kind: 'ainow.leadScoreModel', version: 1 },
    metrics: {
      auc: 0.79,
      accuracy: 0.82,
      trainRows: 1600,
      validationRows: 400,
      topFeatures: [{ feature: 'source = demo request', weight: 0.39, direction: 'raises' }],
    },
    summary: 'AUC 0.79 and accuracy 82% on 400 held-out leads',
  },
  async run(ctx) {
    const { props } = ctx;
    let model;
    try {
      model = trainLeadModel(
        ctx.items.map((item) => item.json),
        {
          label: props.label,
          positiveValues: list(props.positiveValues),
          fields: list(props.fields),
          textFields: list(props.textFields).length ? list(props.textFields) : undefined,
          validationShare: props.validationShare,
          seed: props.seed,
          maxCategories: props.maxCategories,
          steps: props.steps,
        },
      );
    } catch (error) {
      throw new NodeError(`Cannot train the lead score model: ${(error as Error).message}`, {
        code: 'training_failed',
        cause: error,
      });
    }
    const { auc, accuracy, validationRows } = model.metrics;
    const summary =
      auc === null
        ? `Trained on ${model.metrics.trainRows} leads; too few held-out leads to measure`
        : `AUC ${auc.toFixed(2)} and accuracy ${Math.round((accuracy ?? 0) * 100)}% on ${validationRows} held-out leads`;
    ctx.logger.info(summary, { features: model.features.length });
    const name = props.saveAs?.trim();
    if (!name) return [{ json: { model, metrics: model.metrics, summary } }];
    const saved = await ctx.resources.save(LEAD_MODEL_RESOURCE, name, model);
    return [
      {
        json: {
          model,
          metrics: model.metrics,
          summary: `${summary}; saved as '${name}' version ${saved.version}`,
          saved: { name, version: saved.version, id: saved.id },
        },
      },
    ];
  },
});
