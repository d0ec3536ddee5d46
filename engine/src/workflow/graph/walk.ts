/**
 * Breadth-first walk from `start` along `next`, not including `start`; each node once.
 *
 * @example
 * walk('A', (id) => childNodes(workflow, id)); // every descendant of A
 */
export function walk(start: string, next: (id: string) => string[]): string[] {
  const seen = new Set([start]);
  const out: string[] = [];
  const queue = [start];
  while (queue.length > 0) {
    for (const id of next(queue.shift()!)) {
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(id);
      queue.push(id);
    }
  }
  return out;
}
