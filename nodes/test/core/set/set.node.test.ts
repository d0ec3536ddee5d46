import { runNode } from '@ainow/engine/testing';
import { setNode } from '@ainow/nodes/core';

const input = {
  json: { email: 'ada@x.co', company: { name: 'Acme' } },
  binary: { file: { data: 'QQ==', mimeType: 'text/plain' } },
};

describe('core.set', () => {
  it.each([
    [
      'adds nested fields from dotted names',
      {
        fields: [
          { name: 'company.domain', value: 'x.co' },
          { name: 'score', value: 80 },
        ],
      },
      { email: 'ada@x.co', company: { name: 'Acme', domain: 'x.co' }, score: 80 },
    ],
    [
      'keeps only the fields it sets',
      { keepOnlySet: true, fields: [{ name: 'email', value: 'b@y.co' }] },
      { email: 'b@y.co' },
    ],
    [
      'treats dots literally when dotNotation is off',
      { dotNotation: false, keepOnlySet: true, fields: [{ name: 'a.b', value: 1 }] },
      { 'a.b': 1 },
    ],
    [
      'converts types',
      {
        keepOnlySet: true,
        fields: [
          { name: 'n', value: '42', type: 'number' },
          { name: 'b', value: 'yes', type: 'boolean' },
          { name: 's', value: { a: 1 }, type: 'string' },
          { name: 'j', value: '{"a":[1]}', type: 'json' },
        ],
      },
      { n: 42, b: true, s: '{"a":1}', j: { a: [1] } },
    ],
  ])('%s', async (_name, props, expected) => {
    const out = await runNode(setNode, { props, items: [input] });
    expect(out.main[0].json).toEqual(expected);
    expect(out.main[0].pairedItem).toEqual({ item: 0 });
  });

  it('does not change the input item', async () => {
    const item = structuredClone(input);
    await runNode(setNode, { props: { fields: [{ name: 'company.name', value: 'Other' }] }, items: [item] });
    expect(item).toEqual(input);
  });

  it.each([
    [true, true],
    [false, false],
  ])('includeBinary %p keeps binary: %p', async (includeBinary, kept) => {
    const out = await runNode(setNode, { props: { includeBinary, fields: [] }, items: [input] });
    expect(out.main[0].binary !== undefined).toBe(kept);
  });

  it('uses each item its own evaluated values', async () => {
    const out = await runNode(setNode, {
      propsPerItem: [{ fields: [{ name: 'i', value: 0 }] }, { fields: [{ name: 'i', value: 1 }] }],
      items: [{ json: {} }, { json: {} }],
    });
    expect(out.main.map((item) => item.json.i)).toEqual([0, 1]);
  });

  it.each([
    [{ fields: [{ name: '', value: 1 }] }, /field 1 has no name/],
    [{ fields: [{ name: 'n', value: 'abc', type: 'number' }] }, /field 'n': 'abc' is not a number/],
    [{ fields: [{ name: '__proto__.x', value: 1 }] }, /not allowed/],
  ])('explains bad fields: %j', async (props, message) => {
    await expect(runNode(setNode, { props, items: [input] })).rejects.toThrow(message);
  });

  it('never changes the items it was given, even for nested names', async () => {
    const original = { json: { company: { name: 'Initech', address: { city: 'Austin' } }, tags: ['a'] } };
    const snapshot = structuredClone(original);
    const out = await runNode(setNode, {
      props: {
        fields: [
          { name: 'company.address.city', value: 'Paris' },
          { name: 'tags[1]', value: 'b' },
        ],
      },
      items: [original],
    });
    expect(original).toEqual(snapshot);
    expect(out.main[0].json).toEqual({
      company: { name: 'Initech', address: { city: 'Paris' } },
      tags: ['a', 'b'],
    });
  });

  it.each(['__proto__', 'constructor.prototype.polluted'])(
    'refuses the field name %s without polluting prototypes',
    async (name) => {
      await expect(
        runNode(setNode, { props: { fields: [{ name, value: 1 }] }, items: [input] }),
      ).rejects.toThrow(/not allowed/);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );
});
