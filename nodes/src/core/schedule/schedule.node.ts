import { NodeError, Prop, defineTrigger } from '@ainow/engine/sdk';
import { pairOf } from '../shared/pairing';
import { validateSchedule } from './next-runs';

/**
 * Starts a run on a cron schedule in a time zone (default: the workflow's). The scheduler starts
 * the run with one item, optionally `{ scheduledAt }`; this node outputs
 * `{ timestamp, scheduledAt, timezone }` (ISO times) plus anything the scheduler passed.
 *
 * @example
 * { "type": "core.schedule", "parameters": { "cron": "0 9 * * 1-5", "timezone": "Europe/Paris" } }
 */
export const schedule = defineTrigger({
  type: 'core.schedule',
  version: 1,
  displayName: 'Schedule',
  description: 'Starts the workflow at set times (cron)',
  category: 'Triggers',
  icon: 'clock',
  trigger: { kind: 'schedule' },
  effect: 'read',
  props: {
    cron: Prop.text({
      label: 'Cron expression',
      help: 'minute hour day-of-month month weekday, e.g. "0 9 * * 1-5" (9:00 on weekdays) or "*/15 * * * *" (every 15 minutes)',
      required: true,
      default: '0 9 * * 1-5',
      placeholder: '0 9 * * 1-5',
    }),
    timezone: Prop.text({
      label: 'Time zone',
      help: "IANA name such as Europe/Paris; empty uses the workflow's time zone",
      placeholder: 'UTC',
    }),
  },
  outputSample: {
    timestamp: '2024-05-06T07:00:00.105Z',
    scheduledAt: '2024-05-06T07:00:00.000Z',
    timezone: 'Europe/Paris',
  },
  validate: (props) => validateSchedule(props.cron, props.timezone),
  async run(ctx) {
    const timezone = ctx.props.timezone?.trim() || ctx.run.timezone || 'UTC';
    const problems = validateSchedule(ctx.props.cron, timezone);
    if (problems.length > 0) throw new NodeError(problems.join('; '), { code: 'invalid_schedule' });
    const now = new Date().toISOString();
    const items = ctx.items.length > 0 ? ctx.items : [{ json: {} }];
    return items.map((item, i) => {
      const given = item.json.scheduledAt;
      const parsed = typeof given === 'string' || typeof given === 'number' ? new Date(given) : undefined;
      const scheduledAt = parsed && !Number.isNaN(parsed.getTime()) ? parsed.toISOString() : now;
      return { json: { ...item.json, timestamp: now, scheduledAt, timezone }, pairedItem: pairOf(i) };
    });
  },
});
