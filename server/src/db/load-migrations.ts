import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MigrationInterface } from 'typeorm';

type MigrationClass = new () => MigrationInterface;

/**
 * The migrations of the top-level `migrations/` folder. Built servers load the compiled
 * `migrations/dist/index.js`; tests and source runs load `migrations/index.ts` through their
 * TypeScript loader. The folder is outside the server's sources on purpose: one set of
 * migrations, owned by no single package.
 *
 * @example
 * new DataSource({ ...options, migrations: loadMigrations() });
 */
export function loadMigrations(root = resolve(__dirname, '../../..', 'migrations')): MigrationClass[] {
  const compiled = resolve(root, 'dist/index.js');
  const fromSource = __filename.endsWith('.ts');
  const file = fromSource || !existsSync(compiled) ? resolve(root, 'index.ts') : compiled;
  if (!existsSync(file)) {
    throw new Error(
      `migrations not found at ${file}; build them with "npx tsc -b migrations" or run from the repository root`,
    );
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded = require(file) as { migrations?: MigrationClass[] };
  if (!Array.isArray(loaded.migrations)) throw new Error(`${file} must export a 'migrations' array`);
  return loaded.migrations;
}
