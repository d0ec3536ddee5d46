import { ApiKeyEntity } from '../auth/api-key.entity';
import { SessionEntity } from '../auth/session.entity';
import { UserEntity } from '../auth/user.entity';
import { CredentialEntity } from '../credentials/credential.entity';
import { ExecutionItemsEntity } from '../executions/execution-items.entity';
import { ExecutionStepEntity } from '../executions/execution-step.entity';
import { ExecutionEntity } from '../executions/execution.entity';
import { EffectLedgerEntity } from '../runs/effect-ledger.entity';
import { NodeStateEntity } from '../runs/node-state.entity';
import { ScheduleEntity } from '../triggers/schedule.entity';
import { VariableEntity } from '../variables/variable.entity';
import { SavedResourceEntity } from '../resources/saved-resource.entity';
import { WebhookEntity } from '../webhooks/webhook.entity';
import { WorkflowVersionEntity } from '../workflows/workflow-version.entity';
import { WorkflowEntity } from '../workflows/workflow.entity';

/** Every entity; one list for both drivers and for the migrations check. */
export const ENTITIES = [
  UserEntity,
  SessionEntity,
  ApiKeyEntity,
  WorkflowEntity,
  WorkflowVersionEntity,
  ExecutionEntity,
  ExecutionStepEntity,
  ExecutionItemsEntity,
  EffectLedgerEntity,
  NodeStateEntity,
  CredentialEntity,
  WebhookEntity,
  ScheduleEntity,
  VariableEntity,
  SavedResourceEntity,
];
