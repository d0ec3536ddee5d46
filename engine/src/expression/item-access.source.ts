/**
 * JavaScript source (runs in the expression isolate) that builds `$input` and `$('Node name')`
 * for one batch payload. `setCurrent(row)` moves `$input.item` and `$('…').item` to that row.
 * Node data comes from the payload (see batch-payload.ts): `{ items, count, ran, paired }`.
 */
export const ITEM_ACCESS_SOURCE = String.raw`(function createItemAccess(p) {
  'use strict';
  const freeze = Object.freeze;
  const hasOwn = Object.hasOwn;
  const items = p.items;
  const n = items.length;
  const binary = p.binary;
  const indexes = p.indexes;
  let current = 0;
  let inputList;
  const list = () => {
    if (inputList === undefined) {
      inputList = new Array(n);
      for (let i = 0; i < n; i++) inputList[i] = { json: items[i], binary: binary ? binary[i] || {} : {} };
      freeze(inputList);
    }
    return inputList;
  };
  const $input = freeze({
    all: () => list(),
    first: () => list()[0],
    last: () => list()[n - 1],
    get item() {
      return list()[current];
    },
  });
  const accessors = new Map();
  const $ = (name) => {
    let accessor = accessors.get(name);
    if (accessor === undefined) {
      accessor = nodeAccessor(name);
      accessors.set(name, accessor);
    }
    return accessor;
  };
  function nodeAccessor(name) {
    if (typeof name !== 'string' || !hasOwn(p.nodes, name)) {
      if (typeof name === 'string' && p.nodeNames.includes(name)) {
        throw new Error("write the node name in quotes right inside $(), e.g. $('" + name + "')");
      }
      throw new Error("there is no node named '" + String(name) + "'; nodes are: " + p.nodeNames.join(', '));
    }
    const node = p.nodes[name];
    const all = freeze(node.items.slice(0, node.count));
    const ran = () => {
      if (!node.ran) throw new Error("node '" + name + "' has not run yet in this execution, so $('" + name + "') has no items");
    };
    return freeze({
      all: () => (ran(), all),
      first: () => (ran(), all[0]),
      last: () => (ran(), all[all.length - 1]),
      get item() {
        ran();
        const k = node.paired ? node.paired[current] : -1;
        if (k === undefined || k < 0) {
          throw new Error("$('" + name + "').item: no item of '" + name + "' leads to item " +
            (indexes ? indexes[current] : current) + " of this node; use $('" + name + "').first() or .all()");
        }
        return node.items[k];
      },
      get isExecuted() {
        return node.ran;
      },
    });
  }
  return { $input, $, setCurrent: (row) => { current = row; } };
})`;
