import { createContext, useContext } from 'react';
import type { Problem } from '@ainow/engine/workflow';
import type { CompletionData } from '../expressions/CodeEditor';
import type { PreviewContext } from '../expressions/preview-expression';

/** What every field of one node's form shares: where to write, data for previews, problems. */
export interface ParameterContextValue {
  nodeId: string;
  nodeType: string;
  nodeVersion: number;
  credentialId?: string;
  readOnly: boolean;
  completions: CompletionData;
  preview: PreviewContext;
  problems: Problem[];
  /** Root parameter values (with defaults), for `showIf` and option loaders. */
  values: Record<string, unknown>;
  set(path: Array<string | number>, value: unknown): void;
}

export const ParameterContext = createContext<ParameterContextValue | null>(null);

export function useParameterContext(): ParameterContextValue {
  const ctx = useContext(ParameterContext);
  if (!ctx) throw new Error('fields must be drawn inside <ParameterContext.Provider>');
  return ctx;
}

/** `['fields', 0, 'name']` → `fields[0].name`, the tail of a problem's JSON path. */
export function pathText(path: Array<string | number>): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

export function problemsAt(problems: Problem[], path: Array<string | number>): Problem[] {
  const tail = `.parameters.${pathText(path)}`;
  return problems.filter((p) => p.path.endsWith(tail));
}

export const inputClass =
  'w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-[13px] text-slate-900 placeholder:text-slate-400 disabled:bg-slate-50';
