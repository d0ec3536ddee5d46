import type { NodeState } from '../sdk/node-context';

/**
 * A node's state seen through an overlay that is thrown away: reads see the stored values and
 * this step's own writes; writes never reach the store. A manual run of a polling trigger uses it,
 * so that trying the trigger shows what the next poll would fetch without moving its cursor.
 *
 * @example
 * const state = previewState(stored);
 * await state.set('cursor', 42); // stored.get('cursor') is unchanged
 */
export function previewState(stored: NodeState): NodeState {
  const overlay = new Map<string, { value: unknown } | 'deleted'>();
  return {
    async get<T>(key: string): Promise<T | undefined> {
      const own = overlay.get(key);
      if (own === 'deleted') return undefined;
      return own ? (own.value as T) : stored.get<T>(key);
    },
    async set(key, value) {
      overlay.set(key, { value: structuredClone(value) });
    },
    async delete(key) {
      overlay.set(key, 'deleted');
    },
  };
}
