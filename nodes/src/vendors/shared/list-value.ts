/**
 * Reads a "list" parameter typed by a person or produced by an expression: an array stays an
 * array; text is split on new lines, or on commas when it is a single line.
 *
 * @example
 * toList('VP Sales\nHead of Growth'); // ['VP Sales', 'Head of Growth']
 * toList('london, berlin');          // ['london', 'berlin']
 */
export function toList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.map((v) => String(v).trim()).filter(Boolean);
  const text = String(value);
  return text
    .split(text.includes('\n') ? /\r?\n/ : ',')
    .map((v) => v.trim())
    .filter(Boolean);
}

/** Splits a list into chunks of at most `size`. */
export function chunk<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** Waits `ms`, or rejects when the run is cancelled. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
