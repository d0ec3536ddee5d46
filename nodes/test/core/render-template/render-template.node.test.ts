import { renderTemplate as render } from '@ainow/engine/template';
import { runNode } from '@ainow/engine/testing';
import { renderTemplate } from '@ainow/nodes/core';

const items = [{ json: { first_name: 'Ada', company: 'Acme' } }, { json: { company: 'Beta' } }];
const realRenderer = (template: string, item: { json: Record<string, unknown> }) =>
  render(template, { json: item.json });

describe('core.renderTemplate', () => {
  it('renders the raw template per item with the Handlebars renderer', async () => {
    const out = await runNode(renderTemplate, {
      props: { template: "Hi {{default first_name 'there'}} at {{upper company}}", field: 'greeting' },
      items,
      renderTemplate: realRenderer,
    });
    expect(out.main.map((item) => item.json.greeting)).toEqual(['Hi Ada at ACME', 'Hi there at BETA']);
    expect(out.main[0].json.company).toBe('Acme');
    expect(out.main.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
  });

  it.each([
    [undefined, 'text'],
    ['email.subject', 'email.subject'],
  ])('puts the text in field %p', async (field, path) => {
    const calls: Array<[string, number]> = [];
    const out = await runNode(renderTemplate, {
      props: { template: 'T', field },
      items: items.slice(0, 1),
      renderTemplate: (template, _item, index) => {
        calls.push([template, index]);
        return 'rendered';
      },
    });
    expect(calls).toEqual([['T', 0]]);
    const value = path
      .split('.')
      .reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], out.main[0].json);
    expect(value).toBe('rendered');
  });

  it('declares the template as a template (never an expression)', () => {
    expect(renderTemplate.props.template).toMatchObject({ kind: 'template', noExpressions: true });
  });
});
