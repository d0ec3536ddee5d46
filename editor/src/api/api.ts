import type { Workflow } from '@ainow/engine/workflow';
import type { NodeCatalog } from './catalog.types';
import { http, listOf } from './http-client';
import type {
  ApiKeyRecord,
  CredentialRecord,
  ExecutionRecord,
  ExecutionSummary,
  TemplateSummary,
  User,
  WorkflowRecord,
  WorkflowSummary,
  WorkflowVersion,
} from './records.types';
import { toWorkflowRecord } from './to-workflow-record';

/**
 * Typed calls to the REST API (DESIGN.md section 8). Every screen goes through these; the
 * development mock (editor/mock-server) answers the same paths with the same shapes.
 *
 * @example
 * const list = await api.workflows.list();
 */
export const api = {
  setup: {
    status: () => http<{ setupRequired?: boolean; needed?: boolean }>('GET', '/setup'),
    create: (body: { email: string; password: string; name?: string }) => http<User>('POST', '/setup', body),
  },
  auth: {
    me: () => http<User | { user: User }>('GET', '/auth/me').then((r) => ('user' in r ? r.user : r)),
    login: (email: string, password: string) => http<unknown>('POST', '/auth/login', { email, password }),
    logout: () => http<void>('POST', '/auth/logout'),
  },
  nodeTypes: () => http<NodeCatalog>('GET', '/node-types'),
  workflows: {
    list: () => http<unknown>('GET', '/workflows').then((r) => listOf<WorkflowSummary>(r)),
    get: (id: string) => http<unknown>('GET', `/workflows/${id}`).then(toWorkflowRecord),
    create: (body: { name: string; workflow: Workflow; tags?: string[] }) =>
      http<unknown>('POST', '/workflows', body).then(toWorkflowRecord),
    update: (id: string, body: { name?: string; workflow?: Workflow; tags?: string[] }) =>
      http<unknown>('PUT', `/workflows/${id}`, body).then(toWorkflowRecord),
    remove: (id: string) => http<void>('DELETE', `/workflows/${id}`),
    activate: (id: string) => http<unknown>('POST', `/workflows/${id}/activate`),
    deactivate: (id: string) => http<unknown>('POST', `/workflows/${id}/deactivate`),
    versions: (id: string) =>
      http<unknown>('GET', `/workflows/${id}/versions`).then((r) => listOf<WorkflowVersion>(r)),
    version: (id: string, version: number) =>
      http<unknown>('GET', `/workflows/${id}/versions/${version}`).then(
        (r) => ((r as { workflow?: Workflow }).workflow ?? r) as Workflow,
      ),
    run: (id: string, body: { items?: unknown[]; dryRun?: boolean; destinationNodeId?: string }) =>
      http<{ runId: string }>('POST', `/workflows/${id}/run`, body),
  },
  executions: {
    list: (query: { workflowId?: string; status?: string } = {}) => {
      const params = new URLSearchParams(Object.entries(query).filter(([, v]) => v) as [string, string][]);
      const qs = params.toString();
      return http<unknown>('GET', `/executions${qs ? `?${qs}` : ''}`).then((r) =>
        listOf<ExecutionSummary>(r),
      );
    },
    get: (id: string) => http<ExecutionRecord>('GET', `/executions/${id}`),
    retry: (id: string) => http<{ runId: string }>('POST', `/executions/${id}/retry`),
    cancel: (id: string) => http<void>('POST', `/executions/${id}/cancel`),
    eventsUrl: (id: string) => `/api/v1/executions/${id}/events`,
  },
  credentials: {
    list: () => http<unknown>('GET', '/credentials').then((r) => listOf<CredentialRecord>(r)),
    create: (body: { name: string; type: string; data: Record<string, unknown> }) =>
      http<CredentialRecord>('POST', '/credentials', body),
    update: (id: string, body: { name?: string; data?: Record<string, unknown> }) =>
      http<CredentialRecord>('PUT', `/credentials/${id}`, body),
    remove: (id: string) => http<void>('DELETE', `/credentials/${id}`),
    test: (id: string) => http<{ ok: boolean; message?: string }>('POST', `/credentials/${id}/test`),
    loadOptions: (body: {
      type: string;
      version: number;
      method: string;
      credentialId?: string;
      parameters: Record<string, unknown>;
    }) =>
      http<unknown>('POST', '/node-types/load-options', body).then((r) =>
        listOf<{ value: string; label: string }>(r),
      ),
  },
  templates: {
    list: () => http<unknown>('GET', '/templates').then((r) => listOf<TemplateSummary>(r)),
    import: (id: string) => http<unknown>('POST', `/templates/${id}/import`).then(toWorkflowRecord),
  },
  users: {
    list: () => http<unknown>('GET', '/users').then((r) => listOf<User>(r)),
    invite: (body: { email: string; role: string; password?: string }) => http<User>('POST', '/users', body),
    setRole: (id: string, role: string) => http<User>('PUT', `/users/${id}`, { role }),
    remove: (id: string) => http<void>('DELETE', `/users/${id}`),
  },
  apiKeys: {
    list: () => http<unknown>('GET', '/api-keys').then((r) => listOf<ApiKeyRecord>(r)),
    create: (label: string) => http<ApiKeyRecord>('POST', '/api-keys', { label }),
    remove: (id: string) => http<void>('DELETE', `/api-keys/${id}`),
  },
};
