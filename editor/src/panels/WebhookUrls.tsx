import { useState } from 'react';
import type { WorkflowNode } from '@ainow/engine/workflow';

/** Test and production URLs of a Webhook trigger with copy buttons and "listen for test event". */
export function WebhookUrls({ node, onListen }: { node: WorkflowNode; onListen(): void }) {
  const path = String(node.parameters.path ?? node.id);
  const base = window.location.origin;
  const [copied, setCopied] = useState<string | null>(null);
  const urls = [
    {
      label: 'Test URL',
      url: `${base}/webhook-test/${path}`,
      help: 'Works while the editor listens for a test event.',
    },
    { label: 'Production URL', url: `${base}/webhook/${path}`, help: 'Works when the workflow is active.' },
  ];
  return (
    <div className="mb-4 rounded-md border border-slate-200 bg-slate-50 p-3" data-testid="webhook-urls">
      {urls.map((u) => (
        <div key={u.label} className="mb-2">
          <div className="text-[12px] font-medium text-slate-700">
            {u.label}{' '}
            <span className="font-mono text-slate-500">{String(node.parameters.method ?? 'POST')}</span>
          </div>
          <div className="flex items-center gap-2">
            <code
              className="min-w-0 flex-1 truncate rounded bg-white px-2 py-1 text-[12px] text-slate-800"
              title={u.url}
            >
              {u.url}
            </code>
            <button
              type="button"
              className="btn-secondary !py-0.5 text-[12px]"
              onClick={() => {
                void navigator.clipboard?.writeText(u.url);
                setCopied(u.label);
              }}
              aria-label={`Copy ${u.label}`}
            >
              {copied === u.label ? 'Copied ✓' : 'Copy'}
            </button>
          </div>
          <p className="text-[11px] text-slate-500">{u.help}</p>
        </div>
      ))}
      <button type="button" className="btn-primary mt-1" onClick={onListen} data-testid="listen-test-event">
        Listen for test event
      </button>
    </div>
  );
}
