/**
 * JavaScript source run first in every fresh Code-node context. It installs a capturing `console`
 * and `__ainowRun(payloadJson)`, which calls the user's function (`__ainowUser`, compiled
 * separately so that line numbers match the user's code) once for mode `all`, or once per item
 * for mode `each` — all inside this one call — and checks and normalises what it returns.
 *
 * Payload: { mode, items, globals }. Reply (JSON):
 *   { ok: 1, items, logs }                                   success
 *   { ok: 0, kind: 'threw', name, message, index, line, logs } user code threw (index -1 = all)
 *   { ok: 0, kind: 'shape', message, index, logs }           returned the wrong thing
 * Everything the host reads comes back as one JSON string; the host validates it again.
 */
export const CODE_RUNTIME_SOURCE = String.raw`(function bootstrap(global) {
  'use strict';
  const stringify = JSON.stringify;
  const parse = JSON.parse;
  const isArray = Array.isArray;
  const MAX_LINES = 1000;
  const MAX_LINE = 10000;
  const logs = [];
  let dropped = 0;

  function show(value) {
    if (typeof value === 'string') return value;
    if (value instanceof Error) return String(value.stack || value);
    if (value === undefined) return 'undefined';
    if (typeof value === 'function') return '[Function ' + (value.name || 'anonymous') + ']';
    if (typeof value === 'bigint') return String(value) + 'n';
    if (typeof value === 'symbol') return String(value);
    try {
      const text = stringify(value);
      return text === undefined ? String(value) : text;
    } catch (error) {
      return String(value);
    }
  }
  function write(prefix, args) {
    if (logs.length >= MAX_LINES) {
      dropped += 1;
      return;
    }
    let line = prefix;
    for (let i = 0; i < args.length; i++) line += (i > 0 ? ' ' : '') + show(args[i]);
    logs.push(line.length > MAX_LINE ? line.slice(0, MAX_LINE) + '… (' + line.length + ' characters)' : line);
  }
  function allLogs() {
    return dropped > 0 ? logs.concat(['… ' + dropped + ' more log lines dropped']) : logs;
  }
  const console = Object.freeze({
    log: (...args) => write('', args),
    info: (...args) => write('[info] ', args),
    debug: (...args) => write('[debug] ', args),
    warn: (...args) => write('[warn] ', args),
    error: (...args) => write('[error] ', args),
  });
  Object.defineProperty(global, 'console', { value: console, enumerable: false });

  function kind(value) {
    if (value === undefined) return 'undefined (did you forget "return"?)';
    if (value === null) return 'null';
    if (isArray(value)) return 'a list';
    return typeof value;
  }
  function threw(error, index) {
    let name = 'Error';
    let message;
    let line = null;
    try {
      if (error instanceof Error) {
        name = String(error.name);
        message = String(error.message);
        // The first frame in the user's code (frames of Function()/eval code end in <anonymous>).
        const at = /code\.js:(\d+):\d+\)?$/m.exec(String(error.stack));
        if (at) line = Number(at[1]);
      } else message = 'threw ' + show(error);
    } catch (inner) {
      message = 'threw a value that cannot be shown';
    }
    return stringify({ ok: 0, kind: 'threw', name, message, index, line, logs: allLogs() });
  }
  function shape(message, index) {
    return stringify({ ok: 0, kind: 'shape', message, index, logs: allLogs() });
  }

  async function run(payloadJson) {
    const p = parse(payloadJson);
    const items = p.items;
    for (const key of Object.keys(p.globals)) {
      Object.defineProperty(global, key, { value: p.globals[key], writable: true, configurable: true });
    }
    const user = global.__ainowUser;
    const origin = new Map();
    for (let i = 0; i < items.length; i++) {
      origin.set(items[i], i);
      origin.set(items[i].json, i);
    }
    let current = 0;
    const $input = Object.freeze({
      all: () => items,
      first: () => items[0],
      last: () => items[items.length - 1],
      get item() {
        return items[current];
      },
    });
    function toItem(value, index) {
      if (value === null || typeof value !== 'object' || isArray(value)) return 'return an object, got ' + kind(value);
      const json = value.json;
      const item = json !== null && typeof json === 'object' && !isArray(json) ? { json } : { json: value };
      if (item.json !== value) {
        if (value.binary !== null && typeof value.binary === 'object') item.binary = value.binary;
        if (value.pairedItem !== undefined) item.pairedItem = value.pairedItem;
      }
      if (item.pairedItem === undefined) {
        const from = index >= 0 ? index : origin.has(value) ? origin.get(value) : origin.get(item.json);
        if (from !== undefined) item.pairedItem = { item: from };
        else if (items.length === 1) item.pairedItem = { item: 0 };
      }
      return item;
    }
    const out = [];
    if (p.mode === 'all') {
      let result;
      try {
        result = await user(items, $input);
      } catch (error) {
        return threw(error, -1);
      }
      if (result !== null && typeof result === 'object' && !isArray(result)) result = [result];
      if (!isArray(result)) return shape('return a list of items or objects, got ' + kind(result), -1);
      for (let i = 0; i < result.length; i++) {
        const item = toItem(result[i], -1);
        if (typeof item === 'string') return shape('returned element ' + i + ': ' + item, -1);
        out.push(item);
      }
    } else {
      for (let i = 0; i < items.length; i++) {
        current = i;
        let result;
        try {
          result = await user(items[i], items[i].json, i, $input);
        } catch (error) {
          return threw(error, i);
        }
        const item = toItem(result, i);
        if (typeof item === 'string') return shape(item, i);
        out.push(item);
      }
    }
    try {
      return stringify({ ok: 1, items: out, logs: allLogs() });
    } catch (error) {
      return shape('return plain data (JSON): ' + String(error && error.message), -1);
    }
  }
  Object.defineProperty(global, '__ainowRun', { value: run });
})(globalThis);`;
