import { useState } from 'react';
import { CONDITION_OPS, type ConditionOp, type PropDescription } from '@ainow/engine/workflow';
import { inputClass, useParameterContext } from './ParameterContext';
import { isShown, ParameterField } from './ParameterField';

/** How the condition builder words each operator, offered in `CONDITION_OPS` order. */
const OP_LABEL: Record<ConditionOp, string> = {
  equals: 'is equal to',
  notEquals: 'is not equal to',
  contains: 'contains',
  notContains: 'does not contain',
  startsWith: 'starts with',
  endsWith: 'ends with',
  gt: 'is greater than',
  gte: 'is at least',
  lt: 'is less than',
  lte: 'is at most',
  isEmpty: 'is empty',
  isNotEmpty: 'is not empty',
  matchesRegex: 'matches regex',
  isTrue: 'is true',
  isFalse: 'is false',
};
const UNARY = new Set(['isEmpty', 'isNotEmpty', 'isTrue', 'isFalse']);
const TEXT: PropDescription = { kind: 'text', label: '' };

/** A list of records (Set's fields, Sort's keys, Switch's rules): rows with the prop's fields. */
export function ListField({
  prop,
  value,
  path,
}: {
  prop: PropDescription;
  value: unknown;
  path: Array<string | number>;
}) {
  const ctx = useParameterContext();
  const rows = Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
  const fields = prop.fields ?? {};
  const blank = () =>
    Object.fromEntries(
      Object.entries(fields)
        .filter(([, f]) => f.default !== undefined)
        .map(([k, f]) => [k, structuredClone(f.default)]),
    );
  return (
    <div className="space-y-2">
      {rows.map((row, i) => (
        <div
          key={i}
          className="relative rounded-md border border-slate-200 bg-slate-50/60 p-2.5 pr-8"
          data-testid={`list-row-${i}`}
        >
          {Object.entries(fields).map(([key, field]) =>
            isShown(field, row) ? (
              <ParameterField
                key={key}
                name={`${key}-${i}`}
                prop={field}
                value={row?.[key]}
                path={[...path, i, key]}
                compact={field.kind !== 'conditions'}
              />
            ) : null,
          )}
          {!ctx.readOnly && (
            <button
              type="button"
              className="absolute right-1.5 top-1.5 rounded px-1.5 text-slate-500 hover:bg-slate-200 hover:text-red-700"
              aria-label={`Remove ${prop.label} row ${i + 1}`}
              onClick={() => ctx.set([...path, i], undefined)}
            >
              ×
            </button>
          )}
        </div>
      ))}
      {!ctx.readOnly && (
        <button
          type="button"
          className="btn-secondary"
          onClick={() => ctx.set([...path, rows.length], blank())}
        >
          + Add {prop.label.replace(/s$/, '').toLowerCase()}
        </button>
      )}
    </div>
  );
}

/** Optional fields: only those added are shown and set. */
export function CollectionField({
  prop,
  value,
  path,
}: {
  prop: PropDescription;
  value: unknown;
  path: Array<string | number>;
}) {
  const ctx = useParameterContext();
  const current = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const fields = prop.fields ?? {};
  const unused = Object.keys(fields).filter((k) => !(k in current));
  return (
    <div className="rounded-md border border-slate-200 p-2.5">
      {Object.keys(current)
        .filter((k) => fields[k])
        .map((key) => (
          <div key={key} className="relative pr-7">
            <ParameterField name={key} prop={fields[key]} value={current[key]} path={[...path, key]} />
            {!ctx.readOnly && (
              <button
                type="button"
                className="absolute right-0 top-0 px-1 text-slate-500 hover:text-red-700"
                aria-label={`Remove ${fields[key].label}`}
                onClick={() => ctx.set([...path, key], undefined)}
              >
                ×
              </button>
            )}
          </div>
        ))}
      {unused.length > 0 && !ctx.readOnly && (
        <select
          aria-label={`Add an option to ${prop.label}`}
          className={inputClass}
          value=""
          onChange={(e) =>
            e.target.value &&
            ctx.set(
              [...path, e.target.value],
              fields[e.target.value].default ?? (fields[e.target.value].kind === 'boolean' ? false : ''),
            )
          }
        >
          <option value="">+ Add option…</option>
          {unused.map((k) => (
            <option key={k} value={k}>
              {fields[k].label}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}

/** Name/value pairs (headers, query, custom args). */
export function KeyValueField({ value, path }: { value: unknown; path: Array<string | number> }) {
  const ctx = useParameterContext();
  const entries = Object.entries(value && typeof value === 'object' ? (value as Record<string, string>) : {});
  const [newKey, setNewKey] = useState('');
  return (
    <div className="space-y-1.5">
      {entries.map(([k, v]) => (
        <div key={k} className="flex items-center gap-2">
          <span className="w-1/3 truncate font-mono text-[12px] text-slate-700" title={k}>
            {k}
          </span>
          <input
            aria-label={`Value of ${k}`}
            className={inputClass}
            defaultValue={String(v)}
            disabled={ctx.readOnly}
            onBlur={(e) => e.target.value !== v && ctx.set([...path, k], e.target.value)}
          />
          {!ctx.readOnly && (
            <button
              type="button"
              className="px-1 text-slate-500 hover:text-red-700"
              aria-label={`Remove ${k}`}
              onClick={() => ctx.set([...path, k], undefined)}
            >
              ×
            </button>
          )}
        </div>
      ))}
      {!ctx.readOnly && (
        <div className="flex gap-2">
          <input
            aria-label="New name"
            placeholder="name"
            className={inputClass}
            value={newKey}
            onChange={(e) => setNewKey(e.target.value)}
          />
          <button
            type="button"
            className="btn-secondary"
            disabled={!newKey.trim()}
            onClick={() => {
              ctx.set([...path, newKey.trim()], '');
              setNewKey('');
            }}
          >
            Add
          </button>
        </div>
      )}
    </div>
  );
}

/** Condition builder: value, operator, value; values accept expressions and dragged fields. */
export function ConditionsField({ value, path }: { value: unknown; path: Array<string | number> }) {
  const ctx = useParameterContext();
  const rows = Array.isArray(value) ? (value as Array<{ left?: unknown; op?: string; right?: unknown }>) : [];
  return (
    <div className="space-y-2">
      {rows.map((row, i) => (
        <div
          key={i}
          className="relative rounded-md border border-slate-200 bg-white p-2 pr-8"
          data-testid={`condition-${i}`}
        >
          <ParameterField
            name={`left-${i}`}
            prop={{ ...TEXT, label: 'Value 1', placeholder: '{{ $json.status }}' }}
            value={row.left}
            path={[...path, i, 'left']}
            compact
          />
          <select
            aria-label={`Condition ${i + 1} operator`}
            className={`${inputClass} my-1.5`}
            value={row.op ?? 'equals'}
            disabled={ctx.readOnly}
            onChange={(e) => ctx.set([...path, i, 'op'], e.target.value)}
          >
            {CONDITION_OPS.map((op) => (
              <option key={op} value={op}>
                {OP_LABEL[op]}
              </option>
            ))}
          </select>
          {!UNARY.has(row.op ?? 'equals') && (
            <ParameterField
              name={`right-${i}`}
              prop={{ ...TEXT, label: 'Value 2' }}
              value={row.right}
              path={[...path, i, 'right']}
              compact
            />
          )}
          {!ctx.readOnly && (
            <button
              type="button"
              className="absolute right-1.5 top-1.5 rounded px-1.5 text-slate-500 hover:bg-slate-100 hover:text-red-700"
              aria-label={`Remove condition ${i + 1}`}
              onClick={() => ctx.set([...path, i], undefined)}
            >
              ×
            </button>
          )}
        </div>
      ))}
      {!ctx.readOnly && (
        <button
          type="button"
          className="btn-secondary"
          onClick={() => ctx.set([...path, rows.length], { left: '', op: 'equals', right: '' })}
        >
          + Add condition
        </button>
      )}
    </div>
  );
}
