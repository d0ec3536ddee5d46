import { getPath, setPath } from '@ainow/nodes/core';

describe('field paths', () => {
  const data = { a: { b: [10, { c: 'deep' }] }, 'x.y': 1, n: null };

  it.each([
    ['a.b[0]', 10],
    ['a.b.0', 10],
    ['a.b[1].c', 'deep'],
    ['x\\.y', 1],
    ['a.missing.c', undefined],
    ['n.anything', undefined],
    ['__proto__', undefined],
  ])('getPath(%s) is %p', (path, expected) => {
    expect(getPath(data, path)).toEqual(expected);
  });

  it.each([
    ['name', 'Ada', { name: 'Ada' }],
    ['company.domain', 'x.co', { company: { domain: 'x.co' } }],
    ['tags[1]', 'b', { tags: [undefined, 'b'] }],
    ['a\\.b', 1, { 'a.b': 1 }],
  ])('setPath(%s) builds %j', (path, value, expected) => {
    const target: Record<string, unknown> = {};
    setPath(target, path, value);
    expect(target).toEqual(expected);
  });

  it('replaces a scalar that is in the way and keeps siblings', () => {
    const target: Record<string, unknown> = { company: 'Acme', keep: { x: 1 } };
    setPath(target, 'company.name', 'Acme');
    setPath(target, 'keep.y', 2);
    expect(target).toEqual({ company: { name: 'Acme' }, keep: { x: 1, y: 2 } });
  });

  it.each(['__proto__.polluted', 'a.constructor.prototype.polluted'])('refuses %s', (path) => {
    expect(() => setPath({}, path, true)).toThrow(/not allowed/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(['', 'a[x]'])('rejects the malformed path %p', (path) => {
    expect(() => getPath({}, path)).toThrow(/field path/);
  });
});
