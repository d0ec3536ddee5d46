// Regenerates mock-server/catalog.json from the real node declarations (describeCatalog), so that
// the development mock API serves the same catalog as GET /api/v1/node-types.
// Usage: node editor/scripts/build-catalog.mjs
import { build } from 'rolldown';
import { format } from 'prettier';
import { writeFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { readdirSync } from 'node:fs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const entry = path.join(here, '.catalog-entry.ts');
const coreDir = path.join(root, 'nodes/src/core');
const coreFiles = readdirSync(coreDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(path.join(coreDir, d.name))
      .filter((f) => f.endsWith('.node.ts'))
      .map((f) => path.join(coreDir, d.name, f)),
  );
const groups = [
  'vendors/apollo',
  'vendors/openai',
  'vendors/sendgrid',
  'vendors/mailgun',
  'vendors/twilio',
  'ai',
];
await writeFile(
  entry,
  [
    `import { NodeRegistry, describeCatalog } from '${root}/engine/src/sdk/index.ts';`,
    ...coreFiles.map((f, i) => `import * as c${i} from '${f}';`),
    ...groups.map((g, i) => `import * as g${i} from '${root}/nodes/src/${g}/index.ts';`),
    `const registry = new NodeRegistry();`,
    `const isNode = (v) => v && typeof v === 'object' && typeof v.type === 'string' && typeof v.version === 'number' && v.props;`,
    ...coreFiles.map((_, i) => `for (const v of Object.values(c${i})) if (isNode(v)) registry.add(v);`),
    ...groups.map(
      (_, i) =>
        `for (const n of g${i}.nodes ?? []) registry.add(n); for (const c of g${i}.credentials ?? []) registry.addCredential(c);`,
    ),
    `export const catalog = describeCatalog(registry);`,
  ].join('\n'),
);
const out = path.join(here, '.catalog-bundle.mjs');
await build({
  input: entry,
  platform: 'node',
  external: [/^node:/, 'isolated-vm'],
  resolve: {
    alias: {
      '@ainow/engine/sdk': `${root}/engine/src/sdk/index.ts`,
      '@ainow/engine/workflow': `${root}/engine/src/workflow/index.ts`,
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
await rm(entry);
await rm(out);
console.log(`catalog: ${catalog.nodes.length} node types, ${catalog.credentials.length} credential types`);
