import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const src = join(__dirname, '..', '..', 'src');

/** Every module reachable from a file through relative imports, and the packages they import. */
function importGraph(entry: string): { files: string[]; packages: Set<string> } {
  const files: string[] = [];
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (files.includes(file)) continue;
    files.push(file);
    const text = readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(/^(?:import|export)\b[^;]*?from\s*'([^']+)'/gm)) {
      if (!spec.startsWith('.')) {
        packages.add(spec);
        continue;
      }
      const base = resolve(dirname(file), spec);
      const target = [`${base}.ts`, join(base, 'index.ts')].find(existsSync);
      if (!target) throw new Error(`${relative(src, file)} imports ${spec}, which does not resolve`);
      queue.push(target);
    }
  }
  return { files, packages };
}

describe('@ainow/engine/workflow', () => {
  it('stays browser-safe: only zod from outside, no Node built-ins, no runtime or expression code', () => {
    const { files, packages } = importGraph(join(src, 'workflow', 'index.ts'));
    expect([...packages]).toEqual(['zod']);
    const outside = files.map((file) => relative(src, file)).filter((file) => !file.startsWith('workflow/'));
    expect(outside.every((file) => file.startsWith('sdk/'))).toBe(true);
    expect(files.length).toBeGreaterThan(30);
  });
});
