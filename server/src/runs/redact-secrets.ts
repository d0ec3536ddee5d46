/**
 * Replaces the secret values a run used (API keys, passwords, tokens) with `[redacted]` wherever
 * they appear in data about to be stored: step items, logs and error messages.
 *
 * @example
 * const r = createRedactor(); r.add(['sk-live-123']);
 * r.redact({ note: 'key sk-live-123' }); // { note: 'key [redacted]' }
 */
export function createRedactor(): { add(secrets: string[]): void; redact<T>(value: T): T } {
  const secrets = new Set<string>();
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') {
      let out = value;
      for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join('[redacted]');
      return out;
    }
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [key, inner] of Object.entries(value)) out[key] = walk(inner);
      return out;
    }
    return value;
  };
  return {
    add(list) {
      for (const secret of list) if (secret.length >= 4) secrets.add(secret);
    },
    redact<T>(value: T): T {
      return secrets.size ? (walk(value) as T) : value;
    },
  };
}
