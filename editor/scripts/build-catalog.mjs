// Regenerates mock-server/catalog.json from the real node declarations (describeCatalog over
// createBuiltInRegistry), so that the development mock API serves the same catalog as
// GET /api/v1/node-types. Usage: node editor/scripts/build-catalog.mjs
import { build } from 'rolldown';
import { format } from 'prettier';
import { writeFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const entry = path.join(here, '.catalog-entry.ts');
await writeFile(
  entry,
  [
    `import { describeCatalog } from '${root}/engine/src/sdk/index.ts';`,
    `import { createBuiltInRegistry } from '${root}/nodes/src/index.ts';`,
    `export const catalog = describeCatalog(createBuiltInRegistry());`,
  ].join('\n'),
);
const out = path.join(here, '.catalog-bundle.mjs');
try {
  await build({
    input: entry,
    platform: 'node',
    external: [/^node:/, 'isolated-vm', /^@nestjs/],
    resolve: {
      alias: {
        '@ainow/engine/sdk': `${root}/engine/src/sdk/index.ts`,
        '@ainow/engine/workflow': `${root}/engine/src/workflow/index.ts`,
        '@ainow/engine/runtime': `${root}/engine/src/runtime/index.ts`,
        '@ainow/engine/expression': `${root}/engine/src/expression/index.ts`,
        '@ainow/engine': `${root}/engine/src/index.ts`,
      },
    },
    output: { file: out, format: 'esm' },
    logLevel: 'warn',
  });
  const { catalog } = await import(out);
  await writeFile(
    path.join(here, '../mock-server/catalog.json'),
    await format(JSON.stringify(catalog), { parser: 'json' }),
  );
  console.log(`catalog: ${catalog.nodes.length} node types, ${catalog.credentials.length} credential types`);
} finally {
  await rm(entry, { force: true });
  await rm(out, { force: true });
}
