import { NodeError, Prop, defineNode } from '@ainow/engine/sdk';
import { parseDateInput } from '../shared/date-input';
import { passThrough } from '../shared/pairing';
import { UNIT_MS, isDateUnit } from '../date-time/date-math';

/**
 * Pauses the run: for a duration, until a date, or until the run's resume URL is called
 * (approvals). A waiting run holds no worker and survives restarts; the items pass on unchanged.
 * In `resume` mode, `limitWait` gives up after `amount` `unit` (or at `until`) and goes on.
 *
 * @example
 * { "type": "core.wait", "parameters": { "mode": "duration", "amount": 2, "unit": "days" } }
 */
const WAIT_UNITS = ['seconds', 'minutes', 'hours', 'days', 'weeks'] as const;

export const wait = defineNode({
  type: 'core.wait',
  version: 1,
  displayName: 'Wait',
  description: 'Pauses the workflow for a time, until a date, or until it is resumed by a call',
  category: 'Flow',
  icon: 'hourglass',
  effect: 'read',
  props: {
    mode: Prop.options({
      label: 'Wait',
      default: 'duration',
      options: [
        { value: 'duration', label: 'For a time' },
        { value: 'until', label: 'Until a date and time' },
        {
          value: 'resume',
          label: 'Until the resume URL is called',
          description: 'The URL is {{ $execution.resumeUrl }}',
        },
      ],
    }),
    amount: Prop.number({ label: 'Amount', default: 1, min: 0, showIf: { mode: ['duration', 'resume'] } }),
    unit: Prop.options({
      label: 'Unit',
      default: 'hours',
      showIf: { mode: ['duration', 'resume'] },
      options: WAIT_UNITS.map((u) => ({ value: u, label: u[0].toUpperCase() + u.slice(1) })),
    }),
    until: Prop.text({
      label: 'Date and time',
      help: "ISO text; without an offset it is read in the workflow's time zone",
      placeholder: '2024-05-01T09:00:00',
      showIf: { mode: ['until', 'resume'] },
    }),
    limitWait: Prop.boolean({
      label: 'Give up waiting',
      help: 'Go on after the amount above (or at the date, when set) if nobody resumes the run',
      default: false,
      showIf: { mode: ['resume'] },
    }),
  },
  async run(ctx) {
    const { mode = 'duration', amount, unit, until, limitWait } = ctx.props;
    const timezone = ctx.run.timezone || 'UTC';
    const fromDuration = (): number => {
      const n = Number(amount ?? 1);
      if (!Number.isFinite(n) || n < 0)
        throw new NodeError(`wait amount must be 0 or more (got ${String(amount)})`);
      const u = unit ?? 'hours';
      if (!isDateUnit(u)) throw new NodeError(`unknown unit '${String(u)}'; use ${WAIT_UNITS.join(', ')}`);
      return Date.now() + n * UNIT_MS[u];
    };
    const fromDate = (): number => {
      const ms = parseDateInput(until, timezone);
      if (ms === undefined) {
        throw new NodeError(
          `'${String(until ?? '')}' is not a date to wait for; give ISO text such as 2024-05-01T09:00:00Z`,
        );
      }
      return ms;
    };
    if (mode === 'resume') {
      const deadline = limitWait ? (until ? fromDate() : fromDuration()) : undefined;
      await ctx.wait({
        forResume: true,
        until: deadline === undefined ? undefined : new Date(deadline).toISOString(),
      });
    } else if (mode === 'duration' || mode === 'until') {
      const resumeAt = mode === 'until' ? fromDate() : fromDuration();
      if (resumeAt > Date.now()) await ctx.wait({ until: new Date(resumeAt).toISOString() });
    } else {
      throw new NodeError(`unknown wait mode '${String(mode)}'; use duration, until or resume`);
    }
    return passThrough(ctx.items);
  },
});
