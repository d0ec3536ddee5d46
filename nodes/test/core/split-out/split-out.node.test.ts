import { runNode } from '@ainow/engine/testing';
import { splitOut } from '@ainow/nodes/core';

const items = [
  { json: { company: 'Acme', contacts: [{ email: 'a@acme.co' }, { email: 'b@acme.co' }] } },
  { json: { company: 'Beta', contacts: [] } },
  { json: { company: 'Cyan', contacts: [{ email: 'c@cyan.co' }] } },
];

describe('core.splitOut', () => {
  it('makes one item per element, each paired with the item it came from', async () => {
    const out = await runNode(splitOut, { props: { field: 'contacts' }, items });
    expect(out.main).toEqual([
      { json: { email: 'a@acme.co' }, pairedItem: { item: 0 } },
      { json: { email: 'b@acme.co' }, pairedItem: { item: 0 } },
      { json: { email: 'c@cyan.co' }, pairedItem: { item: 2 } },
    ]);
  });

  it.each([
    [{ field: 'tags' }, { tags: ['x', 'y'] }, [{ tags: 'x' }, { tags: 'y' }]],
    [{ field: 'data.tags', destination: 'tag' }, { data: { tags: [1] } }, [{ tag: 1 }]],
    [{ field: 'tags', include: 'all' }, { id: 7, tags: ['x'] }, [{ id: 7, tags: 'x' }]],
    [{ field: 'people', include: 'all' }, { id: 7, people: [{ name: 'Ada' }] }, [{ id: 7, name: 'Ada' }]],
    [{ field: 'single' }, { single: { a: 1 } }, [{ a: 1 }]],
    [{ field: 'missing', missing: 'skip' }, { other: 1 }, []],
  ])('%j splits %j into %j', async (props, json, expected) => {
    const out = await runNode(splitOut, { props, items: [{ json }] });
    expect(out.main.map((item) => item.json)).toEqual(expected);
  });

  it('says which field is missing and what the item has', async () => {
    await expect(runNode(splitOut, { props: { field: 'contact' }, items })).rejects.toThrow(
      /no field 'contact' \(fields: company, contacts\)/,
    );
  });
});
