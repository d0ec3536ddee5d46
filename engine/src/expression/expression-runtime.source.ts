/**
 * JavaScript source run once in every expression isolate context. It defines
 * `__ainowEvaluate(payloadJson)` (one call per node: all items × all expressions) and
 * `__ainowPosition()` (the value index `row * slots + slot` being evaluated, read after a timeout), then freezes the built-ins
 * and the global object so that no expression can change what a later one sees.
 *
 * Payload (JSON): { sources, slots, items, binary?, indexes?, nodes, nodeNames, vars, execution,
 * workflow, timezone, now }. A slot is a number (one expression whose value keeps its type) or an
 * array of parts (text, or a number = index into `sources`) joined as text.
 * Reply (JSON): { v: values (row-major, items × slots), s: specials } where a special is
 * [k, 0] undefined, [k, 1] NaN, [k, 2] Infinity, [k, 3] -Infinity, [k, 4, source, message] error;
 * or { fatal: message } when nothing could be evaluated.
 */
export const EXPRESSION_RUNTIME_SOURCE = String.raw`(function bootstrap(global, createDateTimeKit, createItemAccess, harden) {
  'use strict';
  const parse = JSON.parse;
  const stringify = JSON.stringify;
  const freeze = Object.freeze;
  const ARGS = ['$json', '$binary', '$itemIndex', '$input', '$', '$vars', '$execution', '$workflow', '$now', '$today', '$date'];
  const kit = createDateTimeKit();
  const compiled = new Map();
  const EMPTY = freeze({});
  let position = -1;

  function compile(source) {
    let entry = compiled.get(source);
    if (entry !== undefined) return entry;
    try {
      // import() is refused by the isolate outside any try/catch, so refuse it here per expression.
      if (/\bimport\s*\(/.test(source)) entry = { error: 'import() is not available in expressions' };
      else entry = { fn: new Function(...ARGS, '"use strict";\nreturn (\n' + source + '\n);') };
    } catch (error) {
      entry = { error: 'syntax error: ' + messageOf(error) };
    }
    if (compiled.size >= 5000) compiled.clear();
    compiled.set(source, entry);
    return entry;
  }
  function messageOf(error) {
    try {
      if (error instanceof Error) return String(error.message);
      return 'threw ' + (typeof error === 'string' ? error : stringify(error) ?? String(error));
    } catch (inner) {
      return 'threw a value that cannot be shown';
    }
  }
  function toText(value) {
    if (value === undefined || value === null) return '';
    const type = typeof value;
    if (type === 'string') return value;
    if (type === 'object') {
      if (value instanceof kit.DateTime) return value.toISO();
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
      return stringify(value) ?? '';
    }
    if (type === 'function' || type === 'symbol') return '';
    return String(value);
  }
  function deepFreeze(value) {
    if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
      freeze(value);
      for (const key of Object.keys(value)) deepFreeze(value[key]);
    }
    return value;
  }

  function evaluate(payloadJson) {
    const p = parse(payloadJson);
    const items = p.items;
    const n = items.length;
    const binary = p.binary;
    const indexes = p.indexes;
    const slots = p.slots;
    const S = slots.length;
    const entries = p.sources.map(compile);
    const vars = deepFreeze(p.vars);
    const execution = deepFreeze(p.execution);
    const workflow = deepFreeze(p.workflow);
    let now;
    let today;
    try {
      now = kit.now(p.now, p.timezone);
      today = now.startOf('days');
    } catch (error) {
      return stringify({ fatal: messageOf(error) });
    }
    const $date = (value) => kit.fromValue(value, p.timezone);
    const access = createItemAccess(p);
    const $input = access.$input;
    const $ = access.$;

    const values = new Array(n * S);
    const special = [];
    function settle(value, k) {
      const type = typeof value;
      if (type === 'number') {
        if (value !== value) special.push([k, 1]);
        else if (value === Infinity) special.push([k, 2]);
        else if (value === -Infinity) special.push([k, 3]);
        else return value;
        return null;
      }
      if (value === undefined || type === 'function' || type === 'symbol') {
        special.push([k, 0]);
        return null;
      }
      return type === 'bigint' ? String(value) : value;
    }
    for (let r = 0; r < n; r++) {
      access.setCurrent(r);
      const json = items[r];
      const bin = binary ? binary[r] || EMPTY : EMPTY;
      const index = indexes ? indexes[r] : r;
      for (let s = 0; s < S; s++) {
        const slot = slots[s];
        const k = r * S + s;
        position = k;
        if (typeof slot === 'number') {
          const entry = entries[slot];
          if (entry.error !== undefined) {
            special.push([k, 4, slot, entry.error]);
            values[k] = null;
            continue;
          }
          const fn = entry.fn; // called bare, so 'this' is undefined inside the expression
          try {
            values[k] = settle(fn(json, bin, index, $input, $, vars, execution, workflow, now, today, $date), k);
          } catch (error) {
            special.push([k, 4, slot, messageOf(error)]);
            values[k] = null;
          }
          continue;
        }
        let text = '';
        for (let i = 0; i < slot.length; i++) {
          const part = slot[i];
          if (typeof part === 'string') {
            text += part;
            continue;
          }
          const entry = entries[part];
          if (entry.error !== undefined) {
            special.push([k, 4, part, entry.error]);
            text = null;
            break;
          }
          const fn = entry.fn;
          try {
            text += toText(fn(json, bin, index, $input, $, vars, execution, workflow, now, today, $date));
          } catch (error) {
            special.push([k, 4, part, messageOf(error)]);
            text = null;
            break;
          }
        }
        values[k] = text;
      }
    }
    let out;
    try {
      out = stringify(values);
    } catch (error) {
      for (let k = 0; k < values.length; k++) {
        try {
          stringify(values[k]);
        } catch (inner) {
          special.push([k, 4, -1, 'the result cannot be turned into data (' + messageOf(inner) + ')']);
          values[k] = null;
        }
      }
      out = stringify(values);
    }
    return '{"v":' + out + ',"s":' + stringify(special) + '}';
  }

  Object.defineProperty(global, '__ainowEvaluate', { value: evaluate });
  Object.defineProperty(global, '__ainowPosition', { value: () => position });
  const generator = function* () {};
  harden([
    global,
    kit.DateTime,
    generator,
    generator(),
    async function () {},
    async function* () {},
    [][Symbol.iterator](),
    new Map()[Symbol.iterator](),
    new Set()[Symbol.iterator](),
    ''[Symbol.iterator](),
    /x/[Symbol.matchAll](''),
  ]);
})`;
