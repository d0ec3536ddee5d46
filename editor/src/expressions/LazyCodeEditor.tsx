import { lazy, Suspense } from 'react';
import type { CodeEditorProps } from './CodeEditor';

const CodeEditor = lazy(() => import('./CodeEditor'));

/** CodeMirror loads on first use; until then a plain text area keeps the field usable. */
export function LazyCodeEditor(props: CodeEditorProps) {
  return (
    <Suspense
      fallback={
        <textarea
          aria-label={props.label}
          className="w-full rounded-md border border-slate-300 px-2 py-1 font-mono text-[13px]"
          value={props.value}
          rows={props.minLines ?? 1}
          onChange={(e) => props.onChange(e.target.value)}
        />
      }
    >
      <CodeEditor {...props} />
    </Suspense>
  );
}
