// The node catalog the mock serves: catalog.json, written by `npm run catalog -w editor`.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
export const catalog = JSON.parse(readFileSync(path.join(here, 'catalog.json'), 'utf8'));
