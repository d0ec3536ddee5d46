import type { DataSource } from 'typeorm';
import type { NodeStateStore } from '@ainow/engine/runtime';
import type { NodeState } from '@ainow/engine/sdk';
import { nowIso } from '../../common/clock';
import { NodeStateEntity } from '../../runs/node-state.entity';

/**
 * Node state in the database (poll cursors, de-duplication), per workflow and node.
 *
 * @example
 * const state = new TypeOrmNodeStateStore(dataSource).forNode('wf_1', 'poll');
 * await state.set('cursor', '2024-05-01T00:00:00Z');
 */
export class TypeOrmNodeStateStore implements NodeStateStore {
  constructor(private readonly ds: DataSource) {}

  forNode(workflowId: string, nodeId: string): NodeState {
    const repo = this.ds.getRepository(NodeStateEntity);
    return {
      async get<T = unknown>(key: string): Promise<T | undefined> {
        const row = await repo.findOneBy({ workflowId, nodeId, key });
        return row ? (JSON.parse(row.value) as T) : undefined;
      },
      async set(key: string, value: unknown): Promise<void> {
        await repo.upsert(
          { workflowId, nodeId, key, value: JSON.stringify(value ?? null), updatedAt: nowIso() },
          ['workflowId', 'nodeId', 'key'],
        );
      },
      async delete(key: string): Promise<void> {
        await repo.delete({ workflowId, nodeId, key });
      },
    };
  }
}
