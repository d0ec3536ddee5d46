import { useEditor } from '../store/EditorStoreContext';

/**
 * While the Sandbox switch is on: what a sandbox run does, in one line.
 *
 * @example
 * <SandboxNotice />
 */
export function SandboxNotice() {
  const on = useEditor((s) => s.sandbox && !s.readOnly);
  if (!on) return null;
  return (
    <div
      className="max-w-xs rounded-lg border border-sky-300 bg-sky-50 px-3 py-2 text-[12px] text-sky-900 shadow-sm"
      role="note"
      data-testid="sandbox-notice"
    >
      <strong className="font-semibold">Sandbox is on.</strong> Vendors are replaced by local simulators; no
      real emails, SMS or CRM changes; credentials not needed.
    </div>
  );
}
