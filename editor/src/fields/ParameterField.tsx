import { useState } from 'react';
import type { PropDescription } from '@ainow/engine/workflow';
import { LazyCodeEditor } from '../expressions/LazyCodeEditor';
import { CollectionField, ConditionsField, KeyValueField, ListField } from './CompoundFields';
import { MultiOptionsField, OptionsField } from './OptionsField';
import { inputClass, problemsAt, useParameterContext } from './ParameterContext';
import { TextLikeInput } from './TextLikeInput';

/** Whether `showIf` lets a prop show given sibling values (expressions: shown, decided at run time). */
export function isShown(prop: PropDescription, values: Record<string, unknown>): boolean {
  if (!prop.showIf) return true;
  return Object.entries(prop.showIf).every(([field, allowed]) => {
    const v = values[field];
    return (typeof v === 'string' && v.includes('{{')) || allowed.includes(v as string | number | boolean);
  });
}

let fieldCounter = 0;

/** One parameter: label, help, the input for its kind, and the validation messages for its path. */
export function ParameterField({
  name,
  prop,
  value,
  path,
  compact,
}: {
  name: string;
  prop: PropDescription;
  value: unknown;
  path: Array<string | number>;
  compact?: boolean;
}) {
  const ctx = useParameterContext();
  const [id] = useState(() => `param-${name}-${++fieldCounter}`);
  const problems = problemsAt(ctx.problems, path);
  const current = value === undefined ? prop.default : value;
  let input: React.ReactNode;
  switch (prop.kind) {
    case 'text':
    case 'longText':
    case 'number':
      input = <TextLikeInput prop={prop} id={id} value={current} path={path} />;
      break;
    case 'boolean':
      input = (
        <label className="inline-flex cursor-pointer items-center gap-2 text-[13px] text-slate-700">
          <input
            id={id}
            type="checkbox"
            className="h-4 w-4 accent-indigo-600"
            checked={current === true}
            disabled={ctx.readOnly}
            onChange={(e) => ctx.set(path, e.target.checked)}
          />
          {current === true ? 'On' : 'Off'}
        </label>
      );
      break;
    case 'options':
      input = <OptionsField id={id} prop={prop} value={current} path={path} />;
      break;
    case 'multiOptions':
      input = <MultiOptionsField prop={prop} value={current} path={path} />;
      break;
    case 'json':
      input = <JsonField id={id} label={prop.label} value={current} path={path} />;
      break;
    case 'template':
      input = (
        <div>
          <LazyCodeEditor
            id={id}
            label={`${prop.label} (Handlebars template)`}
            mode="template"
            minLines={3}
            value={typeof current === 'string' ? current : ''}
            onChange={(v) => ctx.set(path, v)}
            placeholder={prop.placeholder ?? 'Hi {{first_name}},'}
            readOnly={ctx.readOnly}
          />
          <p className="mt-1 text-[11px] text-slate-500">
            Handlebars template: item fields at top level, e.g. {'{{first_name}}'},{' '}
            {'{{default company "your team"}}'}. Not a {'{{ $json }}'} expression.
          </p>
        </div>
      );
      break;
    case 'code':
      input = (
        <LazyCodeEditor
          id={id}
          label={prop.label}
          mode={prop.language === 'json' ? 'json' : 'javascript'}
          minLines={8}
          value={typeof current === 'string' ? current : ''}
          onChange={(v) => ctx.set(path, v)}
          readOnly={ctx.readOnly}
        />
      );
      break;
    case 'keyValue':
      input = <KeyValueField value={current} path={path} />;
      break;
    case 'collection':
      input = <CollectionField prop={prop} value={current} path={path} />;
      break;
    case 'list':
      input = <ListField prop={prop} value={current} path={path} />;
      break;
    case 'conditions':
      input = <ConditionsField value={current} path={path} />;
      break;
    default:
      input = (
        <span className="text-xs text-slate-500">
          Unsupported field kind {(prop as PropDescription).kind}
        </span>
      );
  }
  return (
    <div className={compact ? '' : 'mb-4'}>
      <div className="mb-1 flex items-baseline gap-2">
        <label htmlFor={id} className="text-[13px] font-medium text-slate-800">
          {prop.label}
          {prop.required && (
            <span className="text-red-600" aria-label="required">
              {' '}
              *
            </span>
          )}
        </label>
        {prop.kind === 'template' && (
          <span className="rounded bg-teal-50 px-1.5 text-[10px] font-semibold uppercase tracking-wide text-teal-700">
            Template
          </span>
        )}
      </div>
      {input}
      {prop.help && !compact && <p className="mt-1 text-[11px] text-slate-500">{prop.help}</p>}
      {problems.map((p) => (
        <p
          key={p.path + p.code}
          role="alert"
          className={`mt-1 text-[12px] ${p.severity === 'error' ? 'text-red-700' : 'text-amber-700'}`}
          data-testid="field-problem"
        >
          ⚠ {p.message}
        </p>
      ))}
    </div>
  );
}

function JsonField({
  id,
  label,
  value,
  path,
}: {
  id: string;
  label: string;
  value: unknown;
  path: Array<string | number>;
}) {
  const ctx = useParameterContext();
  const [text, setText] = useState(() =>
    typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value, null, 2),
  );
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <textarea
        id={id}
        aria-label={label}
        className={`${inputClass} font-mono`}
        rows={4}
        value={text}
        disabled={ctx.readOnly}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => {
          if (text.trim() === '') return ctx.set(path, undefined);
          if (text.includes('{{')) return ctx.set(path, text);
          try {
            ctx.set(path, JSON.parse(text));
            setError(null);
          } catch (e) {
            setError(`Not valid JSON: ${(e as Error).message}`);
          }
        }}
      />
      {error && (
        <p role="alert" className="mt-1 text-[12px] text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
