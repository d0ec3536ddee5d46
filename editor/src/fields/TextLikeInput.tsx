import { useRef, useState, type DragEvent } from 'react';
import { isExpression, type PropDescription } from '@ainow/engine/workflow';
import { LazyCodeEditor } from '../expressions/LazyCodeEditor';
import { FIELD_DRAG_TYPE } from '../expressions/data-paths';
import { previewExpression } from '../expressions/preview-expression';
import { inputClass, useParameterContext } from './ParameterContext';

function textOf(value: unknown): string {
  return value === undefined || value === null
    ? ''
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);
}

/**
 * A text, long text or number parameter with a Fixed / Expression switch. In expression mode the
 * value is edited in CodeMirror with `$json` and node-name completion and a live preview for the
 * current item. Dropping a field from the input panel inserts `{{ $json.field }}`.
 */
export function TextLikeInput({
  prop,
  id,
  value,
  path,
}: {
  prop: PropDescription;
  id: string;
  value: unknown;
  path: Array<string | number>;
}) {
  const ctx = useParameterContext();
  const text = textOf(value);
  const [expression, setExpression] = useState(isExpression(value));
  const [draft, setDraft] = useState(text);
  // The value as this field last saw it: a different one came from elsewhere (undo, paste), so the
  // draft follows it (React's "adjust state while rendering" pattern, no effect needed).
  const [synced, setSynced] = useState(text);
  if (text !== synced) {
    setSynced(text);
    setDraft(text);
    if (isExpression(text)) setExpression(true);
  }
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const commit = (text: string) => {
    clearTimeout(timer.current);
    if (text === textOf(value)) return;
    setSynced(text);
    const plain = !isExpression(text as unknown);
    const typed =
      prop.kind === 'number' && plain && String(text).trim() !== '' && !Number.isNaN(Number(text))
        ? Number(text)
        : text === ''
          ? undefined
          : text;
    ctx.set(path, typed);
  };
  const change = (text: string) => {
    setDraft(text);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => commit(text), 350);
  };
  const onDrop = (e: DragEvent) => {
    const expr = e.dataTransfer.getData(FIELD_DRAG_TYPE);
    if (!expr || ctx.readOnly) return;
    e.preventDefault();
    const next = draft && draft.trim() ? `${draft}${draft.endsWith(' ') ? '' : ' '}${expr}` : expr;
    setExpression(true);
    setDraft(next);
    commit(next);
  };
  const canExpress = !prop.noExpressions;
  const preview = expression ? previewExpression(draft, ctx.preview) : null;
  return (
    <div
      onDragOver={(e) => e.dataTransfer.types.includes(FIELD_DRAG_TYPE) && e.preventDefault()}
      onDrop={onDrop}
      className="param-drop relative"
      data-testid={`param-${path.join('.')}`}
    >
      {canExpress && (
        <div className="absolute -top-[23px] right-0 flex justify-end">
          <div
            className="inline-flex overflow-hidden rounded border border-slate-300 text-[11px]"
            role="group"
            aria-label={`${prop.label}: fixed value or expression`}
          >
            {(['Fixed', 'Expression'] as const).map((mode) => (
              <button
                key={mode}
                type="button"
                disabled={ctx.readOnly}
                aria-pressed={(mode === 'Expression') === expression}
                onClick={() => setExpression(mode === 'Expression')}
                className={`px-2 py-0.5 ${(mode === 'Expression') === expression ? 'bg-slate-800 text-white' : 'bg-white text-slate-600 hover:bg-slate-100'}`}
              >
                {mode}
              </button>
            ))}
          </div>
        </div>
      )}
      {expression ? (
        <LazyCodeEditor
          id={id}
          label={prop.label}
          mode="expression"
          value={draft}
          onChange={change}
          completions={ctx.completions}
          placeholder="{{ $json.field }}"
          readOnly={ctx.readOnly}
        />
      ) : prop.kind === 'longText' || draft.includes('\n') ? (
        <textarea
          id={id}
          className={inputClass}
          rows={3}
          value={draft}
          placeholder={prop.placeholder}
          disabled={ctx.readOnly}
          onChange={(e) => change(e.target.value)}
          onBlur={(e) => commit(e.target.value)}
        />
      ) : (
        <input
          id={id}
          className={inputClass}
          type={prop.kind === 'number' ? 'number' : prop.secret ? 'password' : 'text'}
          value={draft}
          min={prop.min}
          max={prop.max}
          placeholder={prop.placeholder}
          disabled={ctx.readOnly}
          onChange={(e) => change(e.target.value)}
          onBlur={(e) => commit(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && commit((e.target as HTMLInputElement).value)}
        />
      )}
      {preview && (
        <div
          className={`mt-1 rounded px-2 py-1 font-mono text-[11px] ${preview.ok ? 'bg-slate-50 text-slate-700' : 'bg-amber-50 text-amber-800'}`}
          aria-live="polite"
          data-testid="expression-preview"
        >
          {preview.ok ? (
            <>
              Result for item {ctx.preview.itemIndex + 1}:{' '}
              {preview.text === '' ? <em>(empty)</em> : preview.text}
            </>
          ) : (
            <>Cannot preview: {preview.error}</>
          )}
        </div>
      )}
    </div>
  );
}
