import { useState } from 'react';
import type { PropDescription } from '@ainow/engine/workflow';
import { inputClass, useParameterContext } from './ParameterContext';
import { useLoadedOptions } from './use-loaded-options';

/** "Load" beside a field whose choices come from the vendor. */
function LoadButton({ loading, onLoad }: { loading: boolean; onLoad(): void }) {
  const ctx = useParameterContext();
  return (
    <button
      type="button"
      className="btn-secondary shrink-0"
      onClick={onLoad}
      disabled={loading || ctx.readOnly}
      title={ctx.credentialId ? 'Load the choices from the vendor' : 'Choose a credential first'}
      data-testid="load-options"
    >
      {loading ? 'Loading…' : 'Load'}
    </button>
  );
}

function LoadError({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <p role="alert" className="mt-1 text-[12px] text-red-700">
      Could not load the choices: {error}
    </p>
  );
}

/** A single choice; options may be loaded from the vendor with the node's chosen credential. */
export function OptionsField({
  id,
  prop,
  value,
  path,
}: {
  id: string;
  prop: PropDescription;
  value: unknown;
  path: Array<string | number>;
}) {
  const ctx = useParameterContext();
  const { options, loading, error, load } = useLoadedOptions(prop);
  const known = options.some((o) => o.value === value);
  if (prop.loadOptions && !prop.options?.length) {
    // Options come from the vendor: type a value, or load the choices and pick one.
    return (
      <div>
        <div className="flex gap-2">
          <input
            id={id}
            list={`${id}-options`}
            className={inputClass}
            value={typeof value === 'string' ? value : ''}
            placeholder={prop.placeholder ?? 'Type a value or load the choices'}
            disabled={ctx.readOnly}
            onChange={(e) => ctx.set(path, e.target.value || undefined)}
          />
          <datalist id={`${id}-options`}>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </datalist>
          <LoadButton loading={loading} onLoad={() => void load()} />
        </div>
        <LoadError error={error} />
      </div>
    );
  }
  const description = options.find((o) => o.value === value)?.description;
  return (
    <div>
      <div className="flex gap-2">
        <select
          id={id}
          className={inputClass}
          value={typeof value === 'string' ? value : ''}
          disabled={ctx.readOnly}
          onChange={(e) => ctx.set(path, e.target.value || undefined)}
        >
          {!prop.required && <option value="">—</option>}
          {!known && typeof value === 'string' && value && <option value={value}>{value}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value} title={o.description}>
              {o.label}
            </option>
          ))}
        </select>
        {prop.loadOptions && <LoadButton loading={loading} onLoad={() => void load()} />}
      </div>
      {description && <p className="mt-1 text-[11px] text-slate-500">{description}</p>}
      <LoadError error={error} />
    </div>
  );
}

/**
 * Several choices as checkboxes. With `loadOptions` the choices come from the vendor on "Load";
 * values chosen before (or typed, when loading is not possible) stay listed.
 */
export function MultiOptionsField({
  prop,
  value,
  path,
}: {
  prop: PropDescription;
  value: unknown;
  path: Array<string | number>;
}) {
  const ctx = useParameterContext();
  const { options, loading, error, load } = useLoadedOptions(prop);
  const [typed, setTyped] = useState('');
  const chosen = Array.isArray(value) ? (value as string[]) : [];
  const all = [
    ...options,
    ...chosen.filter((v) => !options.some((o) => o.value === v)).map((v) => ({ value: v, label: v })),
  ];
  const toggle = (v: string, on: boolean) =>
    ctx.set(path, on ? [...chosen, v] : chosen.filter((c) => c !== v));
  return (
    <div>
      <fieldset className="flex flex-wrap gap-x-4 gap-y-1" aria-label={prop.label}>
        {all.map((o) => (
          <label key={o.value} className="inline-flex items-center gap-1.5 text-[13px] text-slate-700">
            <input
              type="checkbox"
              className="h-4 w-4 accent-indigo-600"
              checked={chosen.includes(o.value)}
              disabled={ctx.readOnly}
              onChange={(e) => toggle(o.value, e.target.checked)}
            />
            {o.label}
          </label>
        ))}
      </fieldset>
      {prop.loadOptions && !ctx.readOnly && (
        <div className="mt-1.5 flex gap-2">
          <input
            aria-label={`Add a value to ${prop.label}`}
            className={inputClass}
            placeholder="Type a value, or load the choices"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter' || !typed.trim()) return;
              e.preventDefault();
              if (!chosen.includes(typed.trim())) toggle(typed.trim(), true);
              setTyped('');
            }}
          />
          <LoadButton loading={loading} onLoad={() => void load()} />
        </div>
      )}
      <LoadError error={error} />
    </div>
  );
}
