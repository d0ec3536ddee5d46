import type { WorkflowSettings } from '@ainow/engine/workflow';

/**
 * Workflow settings (DESIGN.md: run timeout, time zone, error workflow, loop cap) as the settings
 * dialog edits them: text fields in the units a person thinks in (seconds), checked and turned
 * back into the document's `settings` (milliseconds), keeping fields the dialog does not know.
 */
export interface SettingsForm {
  timezone: string;
  /** Run timeout in seconds. */
  timeoutSeconds: string;
  /** Id of the workflow that runs when this one fails; empty for none. */
  errorWorkflowId: string;
  /** Empty: the engine's default (1000). */
  maxLoopIterations: string;
}

export type SettingsErrors = Partial<Record<keyof SettingsForm, string>>;

export const DEFAULT_TIMEOUT_MS = 300_000;
/** The schema's limit: 24 hours. */
export const MAX_TIMEOUT_SECONDS = 86_400;

export function formOf(settings: Partial<WorkflowSettings> | undefined): SettingsForm {
  return {
    timezone: settings?.timezone || 'UTC',
    timeoutSeconds: String(Math.round((settings?.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000)),
    errorWorkflowId: settings?.errorWorkflowId ?? '',
    maxLoopIterations: settings?.maxLoopIterations ? String(settings.maxLoopIterations) : '',
  };
}

/** True when the browser (or Node) knows the IANA time zone, e.g. `Europe/Paris`. */
export function isTimeZone(zone: string): boolean {
  if (!zone.trim()) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function wholeNumber(text: string): number | null {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : null;
}

/**
 * The document's settings for a filled form, or what to fix in which field.
 *
 * @example
 * settingsOf({ timezone: 'Europe/Paris', timeoutSeconds: '60', errorWorkflowId: '', maxLoopIterations: '' }, undefined);
 * // { settings: { timezone: 'Europe/Paris', timeoutMs: 60000, errorWorkflowId: null }, errors: {} }
 */
export function settingsOf(
  form: SettingsForm,
  previous: Partial<WorkflowSettings> | undefined,
): { settings?: WorkflowSettings; errors: SettingsErrors } {
  const errors: SettingsErrors = {};
  const timezone = form.timezone.trim();
  if (!isTimeZone(timezone))
    errors.timezone = `"${timezone}" is not a time zone; use a name such as Europe/Paris or UTC`;
  const seconds = wholeNumber(form.timeoutSeconds);
  if (seconds === null || seconds < 1 || seconds > MAX_TIMEOUT_SECONDS)
    errors.timeoutSeconds = `use a whole number of seconds from 1 to ${MAX_TIMEOUT_SECONDS} (24 hours)`;
  const loops = form.maxLoopIterations.trim() ? wholeNumber(form.maxLoopIterations) : undefined;
  if (loops === null || (loops !== undefined && loops < 1))
    errors.maxLoopIterations = 'use a whole number of 1 or more, or leave empty for the default (1000)';
  if (Object.keys(errors).length) return { errors };
  const { maxLoopIterations: _old, ...kept } = previous ?? {};
  return {
    settings: {
      ...kept,
      timezone,
      timeoutMs: seconds! * 1000,
      errorWorkflowId: form.errorWorkflowId || null,
      ...(typeof loops === 'number' ? { maxLoopIterations: loops } : {}),
    },
    errors,
  };
}

/** "5 min", "1 h 30 min", "45 s": a timeout in words, beside the seconds field. */
export function describeSeconds(text: string): string {
  const s = wholeNumber(text);
  if (s === null) return '';
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = s % 60;
  return [h && `${h} h`, m && `${m} min`, rest && `${rest} s`].filter(Boolean).join(' ') || '0 s';
}

/** Time zones to offer: the runtime's list with UTC first. */
export function timeZones(): string[] {
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
  const list = supported ? supported('timeZone') : [];
  return ['UTC', ...list.filter((z) => z !== 'UTC')];
}
