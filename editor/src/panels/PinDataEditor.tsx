import { useState } from 'react';
import type { Item } from '../api/records.types';
import { Dialog } from '../ui/Dialog';

/** Edit pinned test data as JSON: an array of items or of plain objects. */
export function PinDataEditor({
  initial,
  onSave,
  onClose,
}: {
  initial: Item[];
  onSave(items: Item[]): void;
  onClose(): void;
}) {
  const [text, setText] = useState(() =>
    JSON.stringify(
      initial.map((i) => i.json),
      null,
      2,
    ),
  );
  const [error, setError] = useState<string | null>(null);
  return (
    <Dialog title="Pinned test data" onClose={onClose} wide>
      <p className="mb-2 text-[12px] text-slate-500">
        A JSON array of items. While data is pinned, runs use it instead of calling this node.
      </p>
      <textarea
        aria-label="Pinned data JSON"
        className="input h-80 font-mono text-[12px]"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {error && (
        <p role="alert" className="mt-1 text-[12px] text-red-700">
          {error}
        </p>
      )}
      <div className="mt-3 flex justify-end gap-2">
        <button type="button" className="btn-secondary" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="btn-primary"
          onClick={() => {
            try {
              const value = JSON.parse(text);
              if (!Array.isArray(value))
                throw new Error('the data must be an array, e.g. [{ "email": "ada@example.com" }]');
              onSave(value.map((v) => (v && typeof v === 'object' && 'json' in v ? v : { json: v })));
            } catch (e) {
              setError(`Not valid: ${(e as Error).message}`);
            }
          }}
        >
          Save pinned data
        </button>
      </div>
    </Dialog>
  );
}
