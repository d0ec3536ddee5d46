import { useEffect, useState } from 'react';
import { api } from '../api/api';
import type { TemplateSummary, WorkflowRecord } from '../api/records.types';
import { navigate } from '../app/router';
import { useCredentialsCache } from '../api/credentials-cache';
import { Dialog } from '../ui/Dialog';

/** A small drawing of a template's graph from node positions. */
function GraphPreview({ template }: { template: TemplateSummary }) {
  const [doc, setDoc] = useState(template.workflow);
  useEffect(() => {
    if (!template.workflow) void api.templates.get(template.id).then(setDoc, () => undefined);
  }, [template]);
  const nodes = doc?.nodes ?? [];
  if (!nodes.length) return null;
  const xs = nodes.map((n) => n.position.x);
  const ys = nodes.map((n) => n.position.y);
  const [minX, minY] = [Math.min(...xs), Math.min(...ys)];
  const w = Math.max(...xs) - minX + 220;
  const h = Math.max(...ys) - minY + 80;
  const at = new Map(nodes.map((n) => [n.id, n.position]));
  return (
    <svg
      viewBox={`${minX - 20} ${minY - 20} ${w + 40} ${h + 40}`}
      className="h-28 w-full rounded-md bg-slate-50"
      aria-label={`Graph: ${nodes.map((n) => n.name).join(', ')}`}
      role="img"
    >
      {doc!.connections.map((c, i) => {
        const a = at.get(c.from.node);
        const b = at.get(c.to.node);
        return a && b ? (
          <line
            key={i}
            x1={a.x + 180}
            y1={a.y + 30}
            x2={b.x}
            y2={b.y + 30}
            stroke="#94a3b8"
            strokeWidth={6}
          />
        ) : null;
      })}
      {nodes.map((n) => (
        <rect
          key={n.id}
          x={n.position.x}
          y={n.position.y}
          width={180}
          height={60}
          rx={12}
          fill="#fff"
          stroke="#6366f1"
          strokeWidth={5}
        />
      ))}
    </svg>
  );
}

/** Template gallery: preview, import, then a checklist of the credentials to set up. */
export function TemplatesPage() {
  const [list, setList] = useState<TemplateSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [imported, setImported] = useState<{ record: WorkflowRecord; template: TemplateSummary } | null>(
    null,
  );
  useEffect(() => void api.templates.list().then(setList, (e) => setError((e as Error).message)), []);
  return (
    <div className="mx-auto max-w-5xl p-8">
      <h1 className="mb-1 text-2xl font-semibold text-slate-900">Templates</h1>
      <p className="mb-6 text-[13px] text-slate-600">
        Ready-made lead generation and outreach flows. Import one, add your credentials, run.
      </p>
      {error && (
        <p role="alert" className="text-red-700">
          {error}
        </p>
      )}
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {list?.map((t) => (
          <article
            key={t.id}
            className="flex flex-col rounded-xl border border-slate-200 bg-white p-4"
            data-testid="template-card"
          >
            <GraphPreview template={t} />
            <h2 className="mt-3 font-semibold text-slate-900">{t.name}</h2>
            <p className="mt-1 flex-1 text-[13px] text-slate-600">{t.description}</p>
            {!!t.credentialTypes?.length && (
              <p className="mt-2 text-[12px] text-slate-500">Needs: {t.credentialTypes.join(', ')}</p>
            )}
            <button
              type="button"
              className="btn-primary mt-3 self-start"
              onClick={async () => {
                try {
                  setImported({ record: await api.templates.import(t.id), template: t });
                } catch (e) {
                  setError((e as Error).message);
                }
              }}
              data-testid="use-template"
            >
              Use this template
            </button>
          </article>
        ))}
      </div>
      {imported && <SetupChecklist {...imported} onClose={() => setImported(null)} />}
    </div>
  );
}

function SetupChecklist({
  record,
  template,
  onClose,
}: {
  record: WorkflowRecord;
  template: TemplateSummary;
  onClose(): void;
}) {
  const { list, reload } = useCredentialsCache();
  useEffect(() => void reload().catch(() => undefined), [reload]);
  const needed = template.credentialTypes ?? [];
  return (
    <Dialog title="Template imported: set it up" onClose={onClose}>
      <ol className="space-y-2 text-[13px]" data-testid="setup-checklist">
        <li>✓ Workflow “{record.name}” created</li>
        {needed.map((type) => {
          const have = list.some((c) => c.type === type);
          return (
            <li key={type}>
              {have ? '✓' : '○'}{' '}
              {have
                ? `A ${type} credential exists; choose it on the nodes that need it`
                : `Create a ${type} credential (Credentials page or from the node)`}
            </li>
          );
        })}
        <li>○ Open the workflow, check the nodes marked ⚠, then Run</li>
      </ol>
      <div className="mt-4 flex justify-end gap-2">
        {needed.length > 0 && (
          <a className="btn-secondary" href="#/credentials">
            Credentials
          </a>
        )}
        <button
          type="button"
          className="btn-primary"
          onClick={() => navigate(`/workflows/${record.id}`)}
          data-testid="open-imported"
        >
          Open workflow
        </button>
      </div>
    </Dialog>
  );
}
