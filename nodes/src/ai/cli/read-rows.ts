import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';

/**
 * Reads lead rows from a `.csv` file (header row, comma-separated; numbers written canonically
 * become numbers, everything else such as "02134" stays text) or a `.json` file (an array of
 * objects, or of items `{ json: {...} }`).
 *
 * @example
 * const rows = await readRows('examples/lead-scoring/lead-history.csv');
 * rows[0]; // { lead_id: 'L00001', title: 'Chief Sales Officer', employees: 141, … }
 */
export type Row = Record<string, unknown>;

export function parseCsvRows(text: string): Row[] {
  return parse(text, {
    columns: true,
    skip_empty_lines: true,
    trim: true,
    bom: true,
    cast: (value) => (value !== '' && String(Number(value)) === value ? Number(value) : value),
  }) as Row[];
}

export function parseJsonRows(text: string, source: string): Row[] {
  const data: unknown = JSON.parse(text);
  if (!Array.isArray(data)) throw new Error(`${source} must hold a JSON array of rows`);
  return data.map((entry, i) => {
    if (!entry || typeof entry !== 'object' || Array.isArray(entry))
      throw new Error(`${source}: entry ${i + 1} is not an object`);
    const json = (entry as { json?: unknown }).json;
    return json && typeof json === 'object' && !Array.isArray(json) ? (json as Row) : (entry as Row);
  });
}

export async function readRows(path: string): Promise<Row[]> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new Error(error.code === 'ENOENT' ? `no file at ${path}` : `cannot read ${path}: ${error.message}`);
  });
  const ext = extname(path).toLowerCase();
  try {
    if (ext === '.csv') return parseCsvRows(text);
    if (ext === '.json') return parseJsonRows(text, path);
  } catch (error) {
    throw new Error(`cannot parse ${path}: ${(error as Error).message}`);
  }
  throw new Error(`${path}: use a .csv or .json file`);
}
