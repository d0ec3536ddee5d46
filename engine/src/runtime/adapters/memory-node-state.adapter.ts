import type { NodeState } from '../../sdk/node-context';
import type { NodeStateStore } from '../ports/node-state.port';

/** In-memory node state, per workflow and node. */
export class MemoryNodeStateStore implements NodeStateStore {
  private readonly data = new Map<string, unknown>();

  forNode(workflowId: string, nodeId: string): NodeState {
    const prefix = `${workflowId}|${nodeId}|`;
    return {
      get: async <T>(key: string) => structuredClone(this.data.get(prefix + key)) as T | undefined,
      set: async (key, value) => {
        this.data.set(prefix + key, structuredClone(value));
      },
      delete: async (key) => {
        this.data.delete(prefix + key);
      },
    };
  }
}
