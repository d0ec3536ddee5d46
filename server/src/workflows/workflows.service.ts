import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { NodeRegistry } from '@ainow/engine/sdk';
import { validateWorkflow, type Workflow } from '@ainow/engine/workflow';
import { ApiError } from '../common/api-error';
import { nowIso } from '../common/clock';
import { NODE_REGISTRY } from '../runs/run-job';
import type { ListWorkflowsQuery } from './dto/list-workflows.dto';
import type { WorkflowSummary, WorkflowView } from './dto/workflow.dto';
import { WorkflowVersionEntity } from './workflow-version.entity';
import { WorkflowEntity } from './workflow.entity';

/**
 * Workflows and their versions. Every save validates the document (every problem at once) and
 * adds a version; versions never change, so they are cached in memory by `<id>@<version>`.
 */
@Injectable()
export class WorkflowsService {
  private readonly versionCache = new Map<string, Workflow>();
  /** Workflow rows for the hot path (webhooks, run creation), kept one second. */
  private readonly rowCache = new Map<string, { at: number; row: WorkflowEntity }>();

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(NODE_REGISTRY) private readonly registry: NodeRegistry,
  ) {}

  /** Validates a document and returns it parsed, or throws 400 with every problem. */
  validate(doc: unknown): Workflow {
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
      throw ApiError.badRequest(
        'invalid_workflow',
        'the body must be a workflow document (a JSON object with schemaVersion, name, nodes, connections)',
      );
    }
    const result = validateWorkflow(doc, this.registry);
    const errors = result.problems.filter((p) => p.severity === 'error');
    if (!result.ok || !result.workflow) {
      const first = errors
        .slice(0, 3)
        .map((p) => `${p.path}: ${p.message}`)
        .join('; ');
      throw ApiError.badRequest(
        'invalid_workflow',
        `the workflow has ${errors.length} problem(s): ${first}`,
        { problems: result.problems },
      );
    }
    return result.workflow;
  }

  async create(doc: unknown, userId: string | null): Promise<WorkflowView> {
    const workflow = this.validate(doc);
    const id = randomUUID();
    const now = nowIso();
    const row: WorkflowEntity = {
      id,
      name: workflow.name,
      active: false,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    const document = { ...workflow, id };
    await this.ds.transaction(async (m) => {
      await m.insert(WorkflowEntity, row);
      await m.insert(WorkflowVersionEntity, {
        workflowId: id,
        version: 1,
        document,
        createdAt: now,
        createdBy: userId,
      } as never);
    });
    return { ...row, document };
  }

  /**
   * Every workflow with the tags of its current version (`tags`, a field documents may carry),
   * oldest first; with `tag`, those carrying every given tag, with `search`, those whose name holds
   * every word (both ignore case).
   */
  async list(query: Partial<ListWorkflowsQuery> = {}): Promise<WorkflowSummary[]> {
    const rows = await this.ds.getRepository(WorkflowEntity).find({ order: { createdAt: 'ASC' } });
    const words = (query.search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const named = rows.filter((row) => words.every((w) => row.name.toLowerCase().includes(w)));
    const all = await Promise.all(
      named.map(async (row) => {
        const tags = (await this.version(row.id, row.version).catch(() => undefined))?.tags;
        return {
          ...row,
          tags: Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string') : [],
        };
      }),
    );
    const wanted = (query.tag ?? []).map((t) => t.toLowerCase());
    if (!wanted.length) return all;
    return all.filter((w) => {
      const tags = new Set(w.tags.map((t) => t.toLowerCase()));
      return wanted.every((t) => tags.has(t));
    });
  }

  async row(id: string): Promise<WorkflowEntity> {
    const row = await this.ds.getRepository(WorkflowEntity).findOneBy({ id });
    if (!row) throw ApiError.notFound('workflow', id);
    return row;
  }

  /** The workflow row, at most a second old (another process may have saved a version since). */
  async recentRow(id: string): Promise<WorkflowEntity> {
    const hit = this.rowCache.get(id);
    if (hit && Date.now() - hit.at < 1000) return hit.row;
    const row = await this.row(id);
    if (this.rowCache.size > 1000) this.rowCache.clear();
    this.rowCache.set(id, { at: Date.now(), row });
    return row;
  }

  async get(id: string): Promise<WorkflowView> {
    const row = await this.row(id);
    return { ...row, document: await this.version(id, row.version) };
  }

  /** Saves a new version; the caller re-syncs triggers of an active workflow. */
  async update(id: string, doc: unknown, userId: string | null): Promise<WorkflowView> {
    const workflow = this.validate(doc);
    const now = nowIso();
    const document = { ...workflow, id };
    const row = await this.ds.transaction(async (m) => {
      const current = await m.findOneBy(WorkflowEntity, { id });
      if (!current) throw ApiError.notFound('workflow', id);
      const version = current.version + 1;
      await m.insert(WorkflowVersionEntity, {
        workflowId: id,
        version,
        document,
        createdAt: now,
        createdBy: userId,
      } as never);
      await m.update(WorkflowEntity, { id }, { version, name: workflow.name, updatedAt: now });
      this.rowCache.delete(id);
      return { ...current, version, name: workflow.name, updatedAt: now };
    });
    return { ...row, document };
  }

  /** Deletes the workflow; its versions stay, so its runs can still be read and retried. */
  async remove(id: string): Promise<void> {
    await this.row(id);
    await this.ds.getRepository(WorkflowEntity).delete({ id });
    this.rowCache.delete(id);
  }

  async setActive(id: string, active: boolean): Promise<void> {
    this.rowCache.delete(id);
    await this.ds.getRepository(WorkflowEntity).update({ id }, { active, updatedAt: nowIso() });
  }

  async versions(
    id: string,
  ): Promise<Array<{ version: number; createdAt: string; createdBy: string | null }>> {
    await this.row(id);
    return this.ds.getRepository(WorkflowVersionEntity).find({
      where: { workflowId: id },
      order: { version: 'DESC' },
      select: { version: true, createdAt: true, createdBy: true },
    });
  }

  /** The document of one version (cached: versions never change). */
  async version(id: string, version: number): Promise<Workflow> {
    const key = `${id}@${version}`;
    const cached = this.versionCache.get(key);
    if (cached) return cached;
    const row = await this.ds.getRepository(WorkflowVersionEntity).findOneBy({ workflowId: id, version });
    if (!row) throw ApiError.notFound('workflow version', key);
    if (this.versionCache.size > 2000) this.versionCache.clear();
    this.versionCache.set(key, row.document);
    return row.document;
  }

  async activeWorkflows(): Promise<WorkflowEntity[]> {
    return this.ds.getRepository(WorkflowEntity).findBy({ active: true });
  }
}
