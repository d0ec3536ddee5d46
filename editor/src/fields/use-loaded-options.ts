import { useState } from 'react';
import type { PropDescription, PropOption } from '@ainow/engine/workflow';
import { api } from '../api/api';
import { ApiError } from '../api/http-client';
import { useParameterContext } from './ParameterContext';

/**
 * Why the choices could not be loaded, in words a person can act on. A 404 that names no
 * credential means a server without the load-options endpoint: the field still takes typed values.
 *
 * @example
 * loadOptionsMessage(new ApiError(502, 'load_options_failed', 'loading the options failed: 401')); // the server's message
 */
export function loadOptionsMessage(error: unknown): string {
  if (error instanceof ApiError && error.status === 404 && !/credential/i.test(error.message))
    return 'this server cannot load them from the vendor; type the value (an id or name from the vendor’s app)';
  if (error instanceof ApiError && error.code === 'network') return error.message;
  return (error as Error).message;
}

/**
 * Options of a prop, loaded on request from the vendor with the node's credential
 * (`POST /node-types/:type/:version/load-options`); the declared options until then.
 */
export function useLoadedOptions(prop: PropDescription) {
  const ctx = useParameterContext();
  const [loaded, setLoaded] = useState<PropOption[] | null>(null);
  const [state, setState] = useState<'idle' | 'loading' | { error: string }>('idle');
  const load = async () => {
    if (!prop.loadOptions) return;
    setState('loading');
    try {
      setLoaded(
        await api.nodeTypes.loadOptions({
          type: ctx.nodeType,
          version: ctx.nodeVersion,
          method: prop.loadOptions,
          credentialId: ctx.credentialId,
          parameters: ctx.values,
          nodeId: ctx.nodeId,
        }),
      );
      setState('idle');
    } catch (e) {
      setState({ error: loadOptionsMessage(e) });
    }
  };
  return {
    options: loaded ?? prop.options ?? [],
    loaded: loaded !== null,
    loading: state === 'loading',
    error: typeof state === 'object' ? state.error : null,
    load,
  };
}
