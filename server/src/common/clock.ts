/** Now as ISO-8601 text, the form every time column holds. */
export const nowIso = (): string => new Date().toISOString();
