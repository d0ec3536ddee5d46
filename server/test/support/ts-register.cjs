/**
 * Lets a child process (`node -r ./ts-register.cjs server/src/cli/main.ts worker`) run the server
 * from its TypeScript sources, as Jest does: SWC compiles .ts files, and `@ainow/*` imports resolve
 * to the workspaces' sources. Tests only; production runs the built `server/dist`.
 */
const Module = require('node:module');
const fs = require('node:fs');
const path = require('node:path');
const swc = require('@swc/core');

const root = path.resolve(__dirname, '../../..');
const aliases = [
  [/^@ainow\/(engine|nodes|server)$/, (m) => path.join(root, m[1], 'src/index.ts')],
  [/^@ainow\/(engine|nodes)\/(.+)$/, (m) => path.join(root, m[1], 'src', m[2], 'index.ts')],
];
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request.endsWith('/package.json')) return resolve.call(this, request, ...rest);
  for (const [pattern, to] of aliases) {
    const match = pattern.exec(request);
    if (match) return to(match);
  }
  return resolve.call(this, request, ...rest);
};
const options = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2023',
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};
Module._extensions['.ts'] = function (module, filename) {
  const { code } = swc.transformSync(fs.readFileSync(filename, 'utf8'), { ...options, filename });
  module._compile(code, filename);
};
