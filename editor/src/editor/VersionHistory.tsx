import { useEffect, useState } from 'react';
import { api } from '../api/api';
import type { WorkflowVersion } from '../api/records.types';
import { useEditorStore } from '../store/EditorStoreContext';
import { Dialog } from '../ui/Dialog';

/** Every saved version; restoring loads it into the editor as an unsaved change. */
export function VersionHistory({ workflowId, onClose }: { workflowId: string; onClose(): void }) {
  const store = useEditorStore();
  const [versions, setVersions] = useState<WorkflowVersion[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.workflows.versions(workflowId).then(setVersions, (e) => setError((e as Error).message));
  }, [workflowId]);
  const restore = async (version: number) => {
    try {
      const workflow = await api.workflows.version(workflowId, version);
      store.getState().replaceWorkflow(workflow, { dirty: true });
      store.getState().notify('info', `Restored version ${version}; save to keep it`);
      onClose();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <Dialog title="Version history" onClose={onClose}>
      {error && (
        <p role="alert" className="text-[13px] text-red-700">
          {error}
        </p>
      )}
      {!versions && !error && <p className="text-[13px] text-slate-500">Loading…</p>}
      <ul className="divide-y divide-slate-100">
        {versions?.map((v) => (
          <li key={v.version} className="flex items-center justify-between py-2 text-[13px]">
            <span>
              <span className="font-medium">Version {v.version}</span>
              <span className="ml-2 text-slate-500">{new Date(v.createdAt).toLocaleString()}</span>
            </span>
            <button type="button" className="btn-secondary !py-0.5" onClick={() => void restore(v.version)}>
              Restore
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
