/**
 * Local lead scoring with no API key: train a model on past leads, score new ones. The pure
 * functions serve the nodes and the `ainow model` command alike.
 *
 * @example
 * const model = trainLeadModel(rows, { label: 'outcome', validationShare: 0.2, seed: 42 });
 * const scored = scoreLeads(model, newRows); // each row + score, grade, scoreFactors
 */
import type { AnyNodeDefinition, CredentialType } from '@ainow/engine/sdk';
import { trainLeadModelNode } from './train-lead-model.action';
import { scoreLeadsNode } from './score-leads.action';

export { trainLeadModelNode, scoreLeadsNode };
export { trainLeadModel, type TrainOptions } from './train-lead-model';
export { scoreLeads, scoreLead, gradeFor, type ScoredLead } from './score-leads';
export {
  readLeadModel,
  LEAD_MODEL_KIND,
  LEAD_MODEL_VERSION,
  type LeadModel,
  type LeadModelMetrics,
  type FieldEncoding,
} from './lead-model';
export { rocAuc, accuracy } from './metrics';
export { modelCommand, type CommandIo } from './cli/model.command';
export { readRows, parseCsvRows } from './cli/read-rows';

export const nodes: AnyNodeDefinition[] = [trainLeadModelNode, scoreLeadsNode];
export const credentials: CredentialType[] = [];
