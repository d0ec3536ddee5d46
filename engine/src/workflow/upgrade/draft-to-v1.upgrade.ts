import type { UpgradeStep } from './upgrade-step';

/**
 * Draft documents (version 0) had no `schemaVersion` and wrote positions as `[x, y]` arrays;
 * version 1 writes `{ x, y }`. Anything else in the document is left as it is.
 *
 * @example
 * draftToV1.upgrade({ name: 'Old', nodes: [{ id: 'a', position: [10, 20] }] });
 * // { schemaVersion: 1, name: 'Old', nodes: [{ id: 'a', position: { x: 10, y: 20 } }] }
 */
export const draftToV1: UpgradeStep = {
  from: 0,
  to: 1,
  name: 'draft: add schemaVersion, positions [x, y] become { x, y }',
  upgrade(doc) {
    const nodes = Array.isArray(doc.nodes) ? doc.nodes.map(upgradeNode) : doc.nodes;
    return { schemaVersion: 1, ...doc, nodes };
  },
};

function upgradeNode(node: unknown): unknown {
  if (node === null || typeof node !== 'object') return node;
  const { position } = node as { position?: unknown };
  if (!Array.isArray(position) || position.length !== 2) return node;
  return { ...node, position: { x: position[0], y: position[1] } };
}
