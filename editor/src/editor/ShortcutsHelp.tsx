import { CLIPBOARD_SHORTCUTS, COMMANDS } from '../commands/commands';
import { Dialog } from '../ui/Dialog';

/** The keyboard shortcut sheet, generated from the command files. */
export function ShortcutsHelp({ onClose }: { onClose(): void }) {
  const rows = [...COMMANDS.map((c) => ({ label: c.label, keys: c.keys })), ...CLIPBOARD_SHORTCUTS];
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose}>
      <table className="w-full text-[13px]">
        <tbody>
          {rows.map((r) => (
            <tr key={r.label} className="border-b border-slate-100">
              <td className="py-1.5 text-slate-700">{r.label}</td>
              <td className="py-1.5 text-right">
                <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-[11px]">
                  {r.keys}
                </kbd>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
