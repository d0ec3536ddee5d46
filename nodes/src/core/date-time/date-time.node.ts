import { NodeError, Prop, defineNode } from '@ainow/engine/sdk';
import { setPath } from '../shared/field-path';
import { parseDateInput } from '../shared/date-input';
import { isValidTimezone } from '../shared/zoned-time';
import { formatDate } from './date-format';
import { parseWithFormat } from './date-parse';
import { DATE_UNITS, addToDate, dateDiff, isDateUnit } from './date-math';

/**
 * Works with dates in a time zone (default: the workflow's): the current time, formatting,
 * adding or subtracting, the difference between two dates, and parsing text. Dates are written
 * as ISO text in the zone's local time with its offset unless `format` says otherwise.
 *
 * @example
 * { "type": "core.dateTime", "parameters": { "operation": "add", "value": "{{ $json.createdAt }}", "amount": 3, "unit": "days", "outputField": "followUpAt" } }
 */
const OPERATIONS = ['now', 'format', 'add', 'subtract', 'diff', 'parse'] as const;
type Operation = (typeof OPERATIONS)[number];

export const dateTime = defineNode({
  type: 'core.dateTime',
  version: 1,
  displayName: 'Date & time',
  description: 'Gets, formats, shifts, compares and parses dates, in any time zone',
  category: 'Data',
  icon: 'calendar',
  effect: 'read',
  concurrency: 50,
  props: {
    operation: Prop.options({
      label: 'Operation',
      default: 'format',
      options: [
        { value: 'now', label: 'Current date and time' },
        { value: 'format', label: 'Format a date' },
        { value: 'add', label: 'Add to a date' },
        { value: 'subtract', label: 'Subtract from a date' },
        { value: 'diff', label: 'Time between two dates' },
        { value: 'parse', label: 'Read a date from text' },
      ],
    }),
    value: Prop.text({
      label: 'Date',
      help: 'ISO text (2024-05-01T09:30:00Z, or 2024-05-01 09:30 in the time zone below), epoch seconds or ms',
      placeholder: '{{ $json.createdAt }}',
      showIf: { operation: ['format', 'add', 'subtract', 'diff', 'parse'] },
    }),
    endValue: Prop.text({
      label: 'End date',
      help: 'Empty: now',
      showIf: { operation: ['diff'] },
    }),
    amount: Prop.number({ label: 'Amount', default: 1, showIf: { operation: ['add', 'subtract'] } }),
    unit: Prop.options({
      label: 'Unit',
      default: 'days',
      showIf: { operation: ['add', 'subtract', 'diff'] },
      options: DATE_UNITS.map((u) => ({ value: u, label: u[0].toUpperCase() + u.slice(1) })),
    }),
    wholeUnits: Prop.boolean({
      label: 'Whole units only',
      help: 'Round the difference toward zero (2.9 days → 2)',
      default: true,
      showIf: { operation: ['diff'] },
    }),
    fromFormat: Prop.text({
      label: 'Input format',
      help: 'Tokens such as dd/MM/yyyy HH:mm; empty: ISO, epoch or RFC 2822',
      showIf: { operation: ['parse'] },
    }),
    format: Prop.text({
      label: 'Output format',
      help: "Empty or iso: 2024-05-01T09:30:00.000+02:00. Presets isoUtc, date, time, dateTime, or tokens: EEEE d MMMM yyyy 'at' HH:mm",
      showIf: { operation: ['now', 'format', 'add', 'subtract', 'parse'] },
    }),
    timezone: Prop.text({
      label: 'Time zone',
      help: "IANA name such as Europe/Paris; empty: the workflow's",
    }),
    locale: Prop.text({
      label: 'Language for names',
      default: 'en-US',
      help: 'For month and weekday names, e.g. fr-FR',
    }),
    outputField: Prop.text({
      label: 'Output field',
      help: 'Default: date (diff for Time between two dates)',
    }),
  },
  outputSample: { date: '2024-05-01T09:30:00.000+02:00' },
  async runItem(ctx, item) {
    const props = ctx.props;
    const operation = (props.operation ?? 'format') as Operation;
    if (!OPERATIONS.includes(operation)) {
      throw new NodeError(`unknown operation '${String(operation)}'; use ${OPERATIONS.join(', ')}`);
    }
    const timezone = props.timezone?.trim() || ctx.run.timezone || 'UTC';
    if (!isValidTimezone(timezone)) {
      throw new NodeError(
        `time zone '${timezone}' is not known; use an IANA name such as Europe/Paris or UTC`,
      );
    }
    const locale = props.locale?.trim() || 'en-US';
    const unit = props.unit ?? 'days';
    if ((operation === 'add' || operation === 'subtract' || operation === 'diff') && !isDateUnit(unit)) {
      throw new NodeError(`unknown unit '${String(unit)}'; use ${DATE_UNITS.join(', ')}`);
    }
    const read = (value: unknown, label: string): number => {
      const ms =
        operation === 'parse' && props.fromFormat?.trim() && typeof value === 'string'
          ? parseWithFormat(value, props.fromFormat.trim(), timezone, locale)
          : parseDateInput(value, timezone);
      if (ms === undefined) {
        const hint = props.fromFormat
          ? ` in the format '${props.fromFormat}'`
          : '; give ISO text such as 2024-05-01T09:30:00Z';
        throw new NodeError(`${label} '${String(value)}' is not a date${hint}`);
      }
      return ms;
    };
    let result: unknown;
    if (operation === 'diff') {
      const end =
        props.endValue === undefined || props.endValue === '' ? Date.now() : read(props.endValue, 'end date');
      const diff = dateDiff(read(props.value, 'date'), end, unit as never, timezone);
      result = props.wholeUnits === false ? diff : Math.trunc(diff);
    } else {
      let ms = operation === 'now' ? Date.now() : read(props.value, 'date');
      const amount = Number(props.amount ?? 1);
      if ((operation === 'add' || operation === 'subtract') && !Number.isFinite(amount)) {
        throw new NodeError(`amount '${String(props.amount)}' is not a number`);
      }
      if (operation === 'add') ms = addToDate(ms, amount, unit as never, timezone);
      if (operation === 'subtract') ms = addToDate(ms, -amount, unit as never, timezone);
      result = formatDate(ms, props.format?.trim() ?? '', timezone, locale);
    }
    const json = structuredClone(item.json);
    setPath(json, props.outputField?.trim() || (operation === 'diff' ? 'diff' : 'date'), result);
    return item.binary ? { json, binary: item.binary } : { json };
  },
});
