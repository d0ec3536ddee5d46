import { useState } from 'react';
import type { PropDescription, PropOption } from '../api/catalog.types';
import { api } from '../api/api';
import { ApiError } from '../api/http-client';
import { inputClass, useParameterContext } from './ParameterContext';

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
  const [loaded, setLoaded] = useState<PropOption[] | null>(null);
  const [state, setState] = useState<'idle' | 'loading' | string>('idle');
  const options = loaded ?? prop.options ?? [];
  const load = async () => {
    setState('loading');
    try {
      setLoaded(
        await api.credentials.loadOptions({
          type: ctx.nodeType,
          version: ctx.nodeVersion,
          method: prop.loadOptions!,
          credentialId: ctx.credentialId,
          parameters: ctx.values,
        }),
      );
      setState('idle');
    } catch (e) {
      // No load-options endpoint on this server (yet): say so in words, the field takes typed values.
      setState(
        e instanceof ApiError && e.status === 404 && !/credential/i.test(e.message)
          ? 'this server cannot load them from the vendor yet; type the value (an id or name from the vendor’s app)'
          : (e as Error).message,
      );
    }
  };
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
          <button
            type="button"
            className="btn-secondary shrink-0"
            onClick={load}
            disabled={state === 'loading' || ctx.readOnly}
            title={ctx.credentialId ? 'Load the choices from the vendor' : 'Choose a credential first'}
          >
            {state === 'loading' ? 'Loading…' : 'Load'}
          </button>
        </div>
        {state !== 'idle' && state !== 'loading' && (
          <p role="alert" className="mt-1 text-[12px] text-red-700">
            Could not load the choices: {state}
          </p>
        )}
      </div>
    );
  }
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
        {prop.loadOptions && (
          <button
            type="button"
            className="btn-secondary shrink-0"
            onClick={load}
            disabled={state === 'loading' || ctx.readOnly}
            title={ctx.credentialId ? 'Load options from the vendor' : 'Choose a credential first'}
          >
            {state === 'loading' ? 'Loading…' : 'Load'}
          </button>
        )}
      </div>
      {options.find((o) => o.value === value)?.description && (
        <p className="mt-1 text-[11px] text-slate-500">
          {options.find((o) => o.value === value)?.description}
        </p>
      )}
      {state !== 'idle' && state !== 'loading' && (
        <p role="alert" className="mt-1 text-[12px] text-red-700">
          Could not load options: {state}
        </p>
      )}
    </div>
  );
}

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
  const chosen = Array.isArray(value) ? (value as string[]) : [];
  return (
    <fieldset className="flex flex-wrap gap-x-4 gap-y-1" aria-label={prop.label}>
      {(prop.options ?? []).map((o) => (
        <label key={o.value} className="inline-flex items-center gap-1.5 text-[13px] text-slate-700">
          <input
            type="checkbox"
            className="h-4 w-4 accent-indigo-600"
            checked={chosen.includes(o.value)}
            disabled={ctx.readOnly}
            onChange={(e) =>
              ctx.set(path, e.target.checked ? [...chosen, o.value] : chosen.filter((v) => v !== o.value))
            }
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
