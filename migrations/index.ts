import { Auth1767225600001 } from './0001-auth.migration';
import { Workflows1767225600002 } from './0002-workflows.migration';
import { Executions1767225600003 } from './0003-executions.migration';
import { EffectLedger1767225600004 } from './0004-effect-ledger.migration';
import { Credentials1767225600005 } from './0005-credentials.migration';
import { Triggers1767225600006 } from './0006-triggers.migration';
import { Variables1767225600007 } from './0007-variables.migration';
import { NodeState1767225600008 } from './0008-node-state.migration';
import { StepResponse1767225600009 } from './0009-step-response.migration';
import { SavedResources1767225600010 } from './0010-saved-resources.migration';

/** Every migration, oldest first. */
export const migrations = [
  Auth1767225600001,
  Workflows1767225600002,
  Executions1767225600003,
  EffectLedger1767225600004,
  Credentials1767225600005,
  Triggers1767225600006,
  Variables1767225600007,
  NodeState1767225600008,
  StepResponse1767225600009,
  SavedResources1767225600010,
];
