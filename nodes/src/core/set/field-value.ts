import { NodeError } from '@ainow/engine/sdk';

/**
 * Set's optional per-field type: `auto` keeps what the expression gave (a whole `{{ }}` keeps
 * its type, mixed text stays text); the others convert, and say so when they cannot.
 *
 * @example
 * convertFieldValue('42', 'number', 'score'); // 42
 */
export type FieldType = 'auto' | 'string' | 'number' | 'boolean' | 'json';

export function convertFieldValue(value: unknown, type: FieldType | undefined, name: string): unknown {
  switch (type ?? 'auto') {
    case 'auto':
      return value;
    case 'string':
      return value === null || value === undefined
        ? ''
        : typeof value === 'object'
          ? JSON.stringify(value)
          : String(value);
    case 'number': {
      if (typeof value === 'number') return value;
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
      if (Number.isNaN(n)) throw new NodeError(`field '${name}': '${String(value)}' is not a number`);
      return n;
    }
    case 'boolean': {
      if (typeof value === 'boolean') return value;
      const text = String(value).trim().toLowerCase();
      if (['true', '1', 'yes', 'on'].includes(text)) return true;
      if (['false', '0', 'no', 'off', ''].includes(text)) return false;
      throw new NodeError(`field '${name}': '${String(value)}' is not true or false`);
    }
    case 'json': {
      if (typeof value !== 'string') return value;
      try {
        return JSON.parse(value);
      } catch (error) {
        throw new NodeError(`field '${name}': the value is not valid JSON (${(error as Error).message})`);
      }
    }
    default:
      throw new NodeError(
        `field '${name}': unknown type '${String(type)}'; use auto, string, number, boolean or json`,
      );
  }
}
