/**
 * Reads the outcome field of a training row as 1 (won, converted) or 0 (lost). With a list of
 * positive values, everything else is 0; without one, common words are understood and anything
 * else is an error that names the row and the value.
 *
 * @example
 * outcomeOf('Won', undefined); // 1
 * outcomeOf('churned', ['won', 'expanded']); // 0
 */
export const POSITIVE_WORDS = [
  '1',
  'true',
  'yes',
  'y',
  'won',
  'closed won',
  'converted',
  'success',
  'positive',
  'customer',
];
export const NEGATIVE_WORDS = [
  '0',
  'false',
  'no',
  'n',
  'lost',
  'closed lost',
  'not converted',
  'failure',
  'negative',
  'churned',
  'disqualified',
];

export function outcomeOf(value: unknown, positiveValues: readonly string[] | undefined): 0 | 1 | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const text = String(value).trim().toLowerCase();
  if (positiveValues?.length) return positiveValues.some((p) => p.trim().toLowerCase() === text) ? 1 : 0;
  if (POSITIVE_WORDS.includes(text)) return 1;
  if (NEGATIVE_WORDS.includes(text)) return 0;
  throw new Error(
    `outcome "${String(value)}" is neither a won nor a lost value; set positive values (e.g. "won, converted") so that everything else counts as lost`,
  );
}
