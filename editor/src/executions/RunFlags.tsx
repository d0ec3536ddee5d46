import type { ExecutionSummary } from '../api/records.types';

/** How a run was started when it called nobody: a dry run, or a sandbox run against simulators. */
export function RunFlags({ run }: { run: Pick<ExecutionSummary, 'dryRun' | 'sandbox'> }) {
  return (
    <>
      {run.dryRun && (
        <span
          className="ml-1.5 rounded bg-amber-50 px-1.5 py-0.5 text-[11px] font-medium text-amber-900"
          title="Dry run: write and send nodes called nobody"
          data-testid="dry-run-pill"
        >
          ⊘ Dry run
        </span>
      )}
      {run.sandbox && (
        <span
          className="ml-1.5 rounded bg-sky-50 px-1.5 py-0.5 text-[11px] font-medium text-sky-900"
          title="Sandbox: the vendors' simulators answered, not the vendors"
          data-testid="sandbox-pill"
        >
          Sandbox
        </span>
      )}
    </>
  );
}
