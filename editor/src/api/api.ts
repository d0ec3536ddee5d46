import type { NodeCatalog, Workflow } from '@ainow/engine/workflow';
import { http, listOf } from './http-client';
import type {
  ApiKeyRecord,
  ExecutionPage,
  Item,
  CredentialRecord,
  TemplateSummary,
  User,
  WorkflowSummary,
  WorkflowVersion,
} from './records.types';
import { toExecutionRecord, toExecutionSummary } from './to-execution-record';
import { tagsOf, toWorkflowRecord } from './to-workflow-record';

/** The signed-in user as `/auth/me` (a principal with `userId`) or `/setup` answers it. */
function toUser(raw: unknown): User {
  const r = (raw ?? {}) as Record<string, unknown>;
  const u = (r.user ?? r) as Record<string, unknown>;
  return {
    id: String(u.userId ?? u.id),
    email: String(u.email),
    role: u.role as User['role'],
    disabled: u.disabled === true,
  };
}

/** A workflow document with its tags, as the server takes it (the body is the document). */
function documentOf(workflow: Workflow, tags?: string[]): Workflow {
  return tags === undefined ? workflow : ({ ...workflow, tags } as Workflow);
}

/** Filters of `GET /executions` (the server's listExecutionsSchema); times are ISO date-times. */
export interface ExecutionQuery {
  workflowId?: string;
  status?: string;
  from?: string;
  to?: string;
  limit?: number;
  cursor?: string;
}

/** `?workflowId=…&status=…`: empty filters left out, `canceled` spelt as the server does. */
export function executionQueryString(query: ExecutionQuery): string {
  const status = query.status === 'canceled' ? 'cancelled' : query.status;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, status }))
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  const qs = params.toString();
  return qs ? `?${qs}` : '';
}

function executionsPage(query: ExecutionQuery = {}): Promise<ExecutionPage> {
  return http<unknown>('GET', `/executions${executionQueryString(query)}`).then((r) => ({
    items: listOf<unknown>(r).map(toExecutionSummary),
    nextCursor: (r as { nextCursor?: string | null } | null)?.nextCursor ?? null,
  }));
}

/**
 * Typed calls to the REST API (DESIGN.md section 8). Every screen goes through these; the
 * development mock (editor/mock-server) answers the same paths with the same shapes.
 *
 * @example
 * const list = await api.workflows.list();
 */
export const api = {
  setup: {
    needed: () =>
      http<{ needsSetup?: boolean; setupRequired?: boolean }>('GET', '/setup').then(
        (r) => r.needsSetup === true || r.setupRequired === true,
      ),
    create: (body: { email: string; password: string }) => http<unknown>('POST', '/setup', body).then(toUser),
  },
  auth: {
    me: () => http<unknown>('GET', '/auth/me').then(toUser),
    login: (email: string, password: string) => http<unknown>('POST', '/auth/login', { email, password }),
    logout: () => http<void>('POST', '/auth/logout'),
  },
  nodeTypes: Object.assign(() => http<NodeCatalog>('GET', '/node-types'), {
    /** Choices of a `loadOptions` prop, from the vendor with the chosen credential. */
    loadOptions: (body: {
      type: string;
      version: number;
      method: string;
      credentialId?: string;
      parameters: Record<string, unknown>;
      nodeId?: string;
    }) => {
      const { type, version, ...rest } = body;
      return http<unknown>(
        'POST',
        `/node-types/${encodeURIComponent(type)}/${version}/load-options`,
        rest,
      ).then((r) => listOf<{ value: string; label: string }>(r));
    },
  }),
  workflows: {
    /** Summaries with their tags; `tag` keeps the workflows carrying every tag given (any case). */
    list: (query: { tag?: string[] } = {}) => {
      const params = new URLSearchParams();
      for (const t of query.tag ?? []) params.append('tag', t);
      const qs = params.toString();
      return http<unknown>('GET', `/workflows${qs ? `?${qs}` : ''}`).then((r) =>
        listOf<WorkflowSummary>(r).map((w) => ({ ...w, tags: tagsOf(w.tags) })),
      );
    },
    get: (id: string) => http<unknown>('GET', `/workflows/${id}`).then(toWorkflowRecord),
    create: (workflow: Workflow, tags?: string[]) =>
      http<unknown>('POST', '/workflows', documentOf(workflow, tags)).then(toWorkflowRecord),
    update: (id: string, workflow: Workflow, tags?: string[]) =>
      http<unknown>('PUT', `/workflows/${id}`, documentOf(workflow, tags)).then(toWorkflowRecord),
    remove: (id: string) => http<void>('DELETE', `/workflows/${id}`),
    activate: (id: string) => http<unknown>('POST', `/workflows/${id}/activate`),
    deactivate: (id: string) => http<unknown>('POST', `/workflows/${id}/deactivate`),
    versions: (id: string) =>
      http<unknown>('GET', `/workflows/${id}/versions`).then((r) => listOf<WorkflowVersion>(r)),
    version: (id: string, version: number) =>
      http<unknown>('GET', `/workflows/${id}/versions/${version}`).then((r) => {
        const v = r as { document?: Workflow; workflow?: Workflow };
        return (v.document ?? v.workflow ?? r) as Workflow;
      }),
    /**
     * `dryRun`: write and send nodes return what they would have sent without calling anyone.
     * `sandbox`: every vendor credential points at its local simulator.
     */
    run: (
      id: string,
      body: { items?: unknown[]; dryRun?: boolean; sandbox?: boolean; destinationNodeId?: string },
    ) => http<{ runId: string }>('POST', `/workflows/${id}/run`, body),
    /** "Listen for test event": the next request to the test URL runs this workflow. */
    listenForTestEvent: (id: string, nodeId?: string, sandbox?: boolean) =>
      http<{ method: string; path: string; until: string }>('POST', `/workflows/${id}/test-webhook`, {
        ...(nodeId ? { nodeId } : {}),
        ...(sandbox ? { sandbox } : {}),
      }),
  },
  executions: {
    /** One page of runs, newest first; pass `nextCursor` back as `cursor` for the next (older) page. */
    page: executionsPage,
    /** The newest runs (first page only). */
    list: (query: ExecutionQuery = {}) => executionsPage(query).then((p) => p.items),
    /** A run with every step; up to 100 items per step and port (the rest page by page). */
    get: (id: string) => http<unknown>('GET', `/executions/${id}?items=100`).then(toExecutionRecord),
    /** Every item of one step's port, page by page (GET /executions/:id/steps/:index/items). */
    async allItems(id: string, stepIndex: number, port: string): Promise<Item[]> {
      const items: Item[] = [];
      for (let page: number | null = 0; page !== null;) {
        const answer: { items: Item[]; nextPage: number | null } = await http(
          'GET',
          `/executions/${id}/steps/${stepIndex}/items?port=${encodeURIComponent(port)}&page=${page}`,
        );
        items.push(...answer.items);
        page = answer.nextPage;
      }
      return items;
    },
    retry: (id: string) => http<{ runId: string }>('POST', `/executions/${id}/retry`),
    /** Stops a queued, running or waiting run (409 when it already ended). */
    cancel: (id: string) => http<{ runId: string; status: string }>('POST', `/executions/${id}/cancel`),
    eventsUrl: (id: string) => `/api/v1/executions/${id}/events`,
  },
  credentials: {
    list: () => http<unknown>('GET', '/credentials').then((r) => listOf<CredentialRecord>(r)),
    create: (body: { name: string; type: string; values: Record<string, unknown> }) =>
      http<CredentialRecord>('POST', '/credentials', body),
    update: (id: string, body: { name?: string; values?: Record<string, unknown> }) =>
      http<CredentialRecord>('PUT', `/credentials/${id}`, body),
    remove: (id: string) => http<void>('DELETE', `/credentials/${id}`),
    test: (id: string) => http<{ ok: boolean; message?: string }>('POST', `/credentials/${id}/test`),
  },
  templates: {
    list: () => http<unknown>('GET', '/templates').then((r) => listOf<TemplateSummary>(r)),
    get: (id: string) => http<unknown>('GET', `/templates/${id}`).then((r) => r as Workflow),
    import: (id: string) => http<unknown>('POST', `/templates/${id}/import`).then(toWorkflowRecord),
  },
  users: {
    list: () => http<unknown>('GET', '/users').then((r) => listOf<unknown>(r).map(toUser)),
    add: (body: { email: string; role: string; password: string }) =>
      http<unknown>('POST', '/users', body).then(toUser),
    update: (id: string, body: { role?: string; disabled?: boolean }) =>
      http<unknown>('PATCH', `/users/${id}`, body).then(toUser),
    remove: (id: string) => http<void>('DELETE', `/users/${id}`),
  },
  apiKeys: {
    list: () => http<unknown>('GET', '/api-keys').then((r) => listOf<ApiKeyRecord>(r)),
    create: (label: string) => http<ApiKeyRecord>('POST', '/api-keys', { label }),
    remove: (id: string) => http<void>('DELETE', `/api-keys/${id}`),
  },
};
