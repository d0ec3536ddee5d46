import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadNodeRegistry } from '../../src/nodes/plugin-loader';

function pluginDir(manifest: Record<string, unknown>, code?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ainow-plugin-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest));
  if (code) writeFileSync(join(dir, 'index.js'), code);
  return dir;
}

describe('node plugin packages', () => {
  it('adds the nodes and credentials of a package named in AINOW_NODE_PACKAGES to the built-ins', () => {
    const { registry, loaded } = loadNodeRegistry(join(__dirname, '../fixtures/test-plugin'));
    expect(loaded).toEqual([{ name: 'ainow-test-plugin', version: '1.0.0', nodes: 5, credentials: 1 }]);
    expect(registry.get('test.send', 1)?.effect).toBe('send');
    expect(registry.get('core.set', 1)).toBeDefined();
    expect(registry.credential('testApi')?.secretFields).toEqual(['apiKey']);
  });

  it.each([
    [
      'a package that is not installed',
      () => 'ainow-plugin-that-does-not-exist',
      /is not installed; run "npm install/,
    ],
    ['a package without the ainow key', () => pluginDir({ name: 'plain' }), /is not an AI-Now node package/],
    [
      'a module without a nodes array',
      () => pluginDir({ name: 'empty', ainow: { nodes: './index.js' } }, 'module.exports = {};'),
      /must export a 'nodes' array/,
    ],
    [
      'a node type that is already registered',
      () =>
        pluginDir(
          { name: 'dup', ainow: { nodes: './index.js' } },
          "module.exports = { nodes: [{ type: 'core.set', version: 1 }] };",
        ),
      /core.set version 1 is registered twice/,
    ],
  ])('refuses %s with a message that says what to do', (_label, spec, message) => {
    expect(() => loadNodeRegistry(spec())).toThrow(message);
  });

  it('accepts several packages separated by commas', () => {
    const extra = pluginDir(
      { name: 'extra', version: '2.0.0', ainow: { nodes: './index.js' } },
      "module.exports = { nodes: [{ type: 'extra.one', version: 1 }] };",
    );
    mkdirSync(join(extra, 'node_modules'), { recursive: true });
    const { loaded } = loadNodeRegistry(`${join(__dirname, '../fixtures/test-plugin')}, ${extra}`);
    expect(loaded.map((p) => p.name)).toEqual(['ainow-test-plugin', 'extra']);
  });
});
