import { ApiError } from '../api/http-client';

/** How the editor's switches start a run: a dry run, a sandbox run, up to one node. */
export interface RunSwitches {
  destinationNodeId?: string;
  dryRun?: boolean;
  sandbox?: boolean;
}

/**
 * The body of `POST /workflows/:id/run` for the switches: only the fields that are set, so a plain
 * run sends `{}`.
 *
 * @example
 * runBodyOf({ sandbox: true, dryRun: false }); // { sandbox: true }
 */
export function runBodyOf(switches: RunSwitches): {
  destinationNodeId?: string;
  dryRun?: true;
  sandbox?: true;
} {
  return {
    ...(switches.destinationNodeId ? { destinationNodeId: switches.destinationNodeId } : {}),
    ...(switches.dryRun ? { dryRun: true as const } : {}),
    ...(switches.sandbox ? { sandbox: true as const } : {}),
  };
}

/**
 * The Run button's words: what a live run is doing, or what pressing it starts.
 *
 * @example
 * runButtonLabel({ live: false, dryRun: false, sandbox: true }); // '▶ Run in sandbox'
 */
export function runButtonLabel(state: {
  live: boolean;
  status?: string;
  dryRun: boolean;
  sandbox: boolean;
}): string {
  if (state.live) return state.status === 'waiting' ? '‖ Waiting…' : '◌ Running…';
  if (state.dryRun && state.sandbox) return '▶ Dry run in sandbox';
  if (state.sandbox) return '▶ Run in sandbox';
  if (state.dryRun) return '▶ Dry run';
  return '▶ Run workflow';
}

/**
 * Why a run could not start, in the toast's words. A sandbox run the server refuses (400: a server
 * without sandbox runs) says so, with the server's own message.
 *
 * @example
 * startFailureMessage(new ApiError(400, 'invalid_body', 'sandbox: unknown field'), true);
 * // 'Could not start the sandbox run: sandbox: unknown field'
 */
export function startFailureMessage(error: unknown, sandbox: boolean): string {
  const message = error instanceof Error ? error.message : String(error);
  if (sandbox && error instanceof ApiError && error.status === 400)
    return `Could not start the sandbox run: ${message}`;
  return `Could not start the run: ${message}`;
}

/**
 * The Test step button's words for the switches.
 *
 * @example
 * testStepLabel({ dryRun: true, sandbox: true }); // '▶ Test step (dry run, sandbox)'
 */
export function testStepLabel(state: { dryRun: boolean; sandbox: boolean }): string {
  const modes = [state.dryRun && 'dry run', state.sandbox && 'sandbox'].filter(Boolean);
  return modes.length ? `▶ Test step (${modes.join(', ')})` : '▶ Test step';
}
