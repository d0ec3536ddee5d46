#!/usr/bin/env node
/**
 * Writes engine/schema/workflow.v1.json from the zod schema (src/workflow/workflow.schema.ts).
 *   node engine/scripts/export-schema.cjs          rewrite the file
 *   node engine/scripts/export-schema.cjs --check  exit 1 when the committed file is stale
 * The test engine/test/workflow/workflow-json-schema.test.ts fails on a stale file too. Sources are
 * compiled on the fly with SWC (already used by Jest), so no build is needed.
 */
const fs = require('node:fs');
const path = require('node:path');
const { transformSync } = require('@swc/core');

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = transformSync(source, {
    filename,
    module: { type: 'commonjs' },
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
  });
  module._compile(code, filename);
};

const { workflowJsonSchemaText } = require('../src/workflow/workflow-json-schema.ts');
const file = path.join(__dirname, '..', 'schema', 'workflow.v1.json');
const text = workflowJsonSchemaText();
const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';

if (process.argv.includes('--check')) {
  if (current !== text) {
    console.error(
      `${path.relative(process.cwd(), file)} is stale; run: node engine/scripts/export-schema.cjs`,
    );
    process.exit(1);
  }
  console.log(`${path.relative(process.cwd(), file)} is up to date`);
} else {
  fs.writeFileSync(file, text);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
