/**
 * JavaScript source (runs once per expression isolate context, after the runtime is installed)
 * that freezes everything reachable from the given roots: the global object, the built-ins and
 * their prototypes. Expressions share one context for speed, so none may change what a later
 * expression (possibly of another workflow) sees: `Array.prototype.map = …` fails instead.
 */
export const HARDEN_SOURCE = String.raw`(function harden(roots) {
  'use strict';
  const freeze = Object.freeze;
  const seen = new Set();
  const queue = roots.slice();
  while (queue.length > 0) {
    const value = queue.pop();
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) continue;
    seen.add(value);
    freeze(value);
    queue.push(Object.getPrototypeOf(value));
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if ('value' in descriptor) queue.push(descriptor.value);
      else queue.push(descriptor.get, descriptor.set);
    }
  }
})`;
