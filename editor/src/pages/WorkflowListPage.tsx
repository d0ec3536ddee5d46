import { useEffect, useRef, useState } from 'react';
import { workflowSchema } from '@ainow/engine/workflow';
import { api } from '../api/api';
import type { WorkflowSummary } from '../api/records.types';
import { navigate } from '../app/router';
import { Dialog } from '../ui/Dialog';

const EMPTY = {
  schemaVersion: 1 as const,
  nodes: [],
  connections: [],
  settings: { timezone: 'UTC', errorWorkflowId: null, timeoutMs: 300000 },
};

/** Workflows: search, create, duplicate, delete, activate, tags, import from a file or pasted JSON. */
export function WorkflowListPage() {
  const [all, setAll] = useState<WorkflowSummary[] | null>(null);
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [paste, setPaste] = useState(false);
  // Tags to filter by: the server keeps the workflows carrying every one (GET /workflows?tag=).
  const [tagFilter, setTagFilter] = useState<string[]>([]);
  const [tagged, setTagged] = useState<{ key: string; list: WorkflowSummary[] } | null>(null);
  const [tick, setTick] = useState(0);
  const reload = () => setTick((t) => t + 1);
  const tagKey = tagFilter.join('\n');
  useEffect(() => {
    let live = true;
    api.workflows.list().then(
      (list) => live && setAll(list),
      (e) => live && setError((e as Error).message),
    );
    return () => {
      live = false;
    };
  }, [tick]);
  useEffect(() => {
    if (!tagKey) return;
    let live = true;
    api.workflows.list({ tag: tagKey.split('\n') }).then(
      (list) => live && setTagged({ key: tagKey, list }),
      (e) => live && setError((e as Error).message),
    );
    return () => {
      live = false;
    };
  }, [tagKey, tick]);
  const list = tagKey ? (tagged?.key === tagKey ? tagged.list : null) : all;
  const allTags = [...new Set((all ?? []).flatMap((w) => w.tags))].sort((a, b) => a.localeCompare(b));
  const toggleTag = (tag: string) =>
    setTagFilter((f) => (f.includes(tag) ? f.filter((t) => t !== tag) : [...f, tag]));
  const file = useRef<HTMLInputElement>(null);
  const create = async () => {
    const record = await api.workflows.create({ ...EMPTY, name: 'My workflow' });
    navigate(`/workflows/${record.id}`);
  };
  const importText = async (text: string) => {
    try {
      const doc = workflowSchema.parse(JSON.parse(text));
      const record = await api.workflows.create(doc);
      navigate(`/workflows/${record.id}`);
    } catch (e) {
      setError(`Could not import: ${(e as Error).message}`);
    }
  };
  const act = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      reload();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = (list ?? []).filter((w) =>
    words.every((q) => `${w.name} ${w.tags.join(' ')}`.toLowerCase().includes(q)),
  );
  return (
    <div className="mx-auto max-w-5xl p-8">
      <div className="mb-6 flex items-center gap-3">
        <h1 className="text-2xl font-semibold text-slate-900">Workflows</h1>
        <div className="ml-auto flex gap-2">
          <button type="button" className="btn-secondary" onClick={() => file.current?.click()}>
            Import file
          </button>
          <input
            ref={file}
            type="file"
            accept=".json,application/json"
            className="hidden"
            aria-label="Import workflow file"
            data-testid="import-file"
            onChange={async (e) => e.target.files?.[0] && (await importText(await e.target.files[0].text()))}
          />
          <button type="button" className="btn-secondary" onClick={() => setPaste(true)}>
            Paste JSON
          </button>
          <button
            type="button"
            className="btn-primary"
            onClick={() => void create()}
            data-testid="create-workflow"
          >
            + New workflow
          </button>
        </div>
      </div>
      <label htmlFor="wf-search" className="sr-only">
        Search workflows
      </label>
      <input
        id="wf-search"
        type="search"
        className="input mb-4"
        placeholder="Search by name or tag…"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {allTags.length > 0 && (
        <div
          className="-mt-1 mb-4 flex flex-wrap items-center gap-1.5"
          role="group"
          aria-label="Filter by tag"
        >
          <span className="text-[12px] text-slate-600">Tags:</span>
          {allTags.map((t) => (
            <button
              type="button"
              key={t}
              aria-pressed={tagFilter.includes(t)}
              className={`rounded-full border px-2 py-0.5 text-[12px] ${tagFilter.includes(t) ? 'border-indigo-600 bg-indigo-600 text-white' : 'border-slate-300 bg-white text-slate-700 hover:bg-slate-50'}`}
              onClick={() => toggleTag(t)}
              data-testid="tag-filter"
            >
              {t}
            </button>
          ))}
          {tagFilter.length > 0 && (
            <button
              type="button"
              className="text-[12px] text-indigo-700 underline"
              onClick={() => setTagFilter([])}
            >
              Show all
            </button>
          )}
        </div>
      )}
      {error && (
        <p role="alert" className="mb-3 rounded bg-red-50 p-2 text-[13px] text-red-700">
          {error}
        </p>
      )}
      {!list && !error && <p className="text-slate-500">Loading…</p>}
      {list && shown.length === 0 && (
        <div className="rounded-xl border border-dashed border-slate-300 p-10 text-center">
          <p className="text-slate-700">
            {list.length || tagFilter.length ? 'No workflow matches your search.' : 'No workflows yet.'}
          </p>
          <p className="mt-1 text-[13px] text-slate-600">
            Start from scratch or pick a ready-made{' '}
            <a className="text-indigo-700 underline" href="#/templates">
              template
            </a>
            .
          </p>
        </div>
      )}
      <ul className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white">
        {shown.map((w) => (
          <li key={w.id} className="flex items-center gap-3 px-4 py-3" data-testid="workflow-row">
            <a href={`#/workflows/${w.id}`} className="min-w-0 flex-1">
              <span className="block truncate font-medium text-slate-900">{w.name}</span>
              <span className="block text-[12px] text-slate-500">
                Updated {new Date(w.updatedAt).toLocaleString()} · v{w.version}
                {w.nodeCount !== undefined ? ` · ${w.nodeCount} nodes` : ''}
              </span>
            </a>
            <div className="flex flex-wrap gap-1">
              {w.tags.map((t) => (
                <button
                  type="button"
                  key={t}
                  className="rounded-full bg-slate-100 px-2 py-0.5 text-[11px] text-slate-700 hover:bg-indigo-50"
                  title={`Show only the workflows tagged ${t}`}
                  onClick={() => !tagFilter.includes(t) && toggleTag(t)}
                  data-testid="workflow-tag"
                >
                  {t}
                </button>
              ))}
            </div>
            <TagsButton
              tags={w.tags}
              onSave={(tags) =>
                act(async () => {
                  const full = await api.workflows.get(w.id);
                  await api.workflows.update(w.id, full.workflow, tags);
                })
              }
            />
            <label className="inline-flex items-center gap-1.5 text-[12px] text-slate-700">
              <input
                type="checkbox"
                role="switch"
                className="h-4 w-4 accent-emerald-600"
                checked={w.active}
                aria-label={`${w.name} active`}
                onChange={() =>
                  void act(() => (w.active ? api.workflows.deactivate(w.id) : api.workflows.activate(w.id)))
                }
              />
              {w.active ? 'Active' : 'Inactive'}
            </label>
            <button
              type="button"
              className="btn-ghost text-[12px]"
              onClick={() =>
                void act(async () => {
                  const full = await api.workflows.get(w.id);
                  await api.workflows.create({ ...full.workflow, name: `${w.name} (copy)` }, full.tags);
                })
              }
            >
              Duplicate
            </button>
            <button
              type="button"
              className="btn-ghost text-[12px] text-red-700"
              onClick={() =>
                confirm(`Delete "${w.name}"? This cannot be undone.`) &&
                void act(() => api.workflows.remove(w.id))
              }
            >
              Delete
            </button>
          </li>
        ))}
      </ul>
      {paste && <PasteDialog onClose={() => setPaste(false)} onImport={(t) => void importText(t)} />}
    </div>
  );
}

function PasteDialog({ onClose, onImport }: { onClose(): void; onImport(text: string): void }) {
  const [text, setText] = useState('');
  return (
    <Dialog title="Import from pasted JSON" onClose={onClose} wide>
      <textarea
        aria-label="Workflow JSON"
        className="input h-72 font-mono text-[12px]"
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder='{ "schemaVersion": 1, "name": "…", "nodes": [], "connections": [] }'
      />
      <div className="mt-3 flex justify-end gap-2">
        <button type="button" className="btn-secondary" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="btn-primary" onClick={() => onImport(text)}>
          Import
        </button>
      </div>
    </Dialog>
  );
}

/** Edit a workflow's tags in place: comma-separated, Enter saves, Escape cancels. */
function TagsButton({ tags, onSave }: { tags: string[]; onSave(tags: string[]): Promise<unknown> }) {
  const [text, setText] = useState<string | null>(null);
  if (text === null) {
    return (
      <button
        type="button"
        className="btn-ghost text-[12px]"
        onClick={() => setText(tags.join(', '))}
        aria-label={tags.length ? `Edit tags (${tags.join(', ')})` : 'Add tags'}
      >
        Tags
      </button>
    );
  }
  const save = () => {
    setText(null);
    void onSave(
      text
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    );
  };
  return (
    <input
      autoFocus
      aria-label="Tags, separated by commas"
      className="input w-48"
      value={text}
      placeholder="leads, outreach"
      onChange={(e) => setText(e.target.value)}
      onBlur={save}
      onKeyDown={(e) => {
        if (e.key === 'Enter') save();
        if (e.key === 'Escape') setText(null);
      }}
    />
  );
}
