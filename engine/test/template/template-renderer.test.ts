import { createTemplateData, renderTemplate, TemplateError, type TemplateData } from '@ainow/engine/template';
import type { ExpressionContext } from '@ainow/engine/expression';
import type { Item } from '@ainow/engine/workflow';

const data: TemplateData = {
  json: {
    first_name: 'Ada',
    last_name: null,
    title: '',
    email: 'Ada@Example.com',
    company: { name: 'Analytical Engines & Co', size: 12 },
    tags: ['vip', 'eu', 'q3'],
    status: 'valid',
    score: 0,
    bio: 'Mathematician and writer, chiefly known for her work on the Analytical Engine.',
    created_at: '2024-03-30T12:05:00Z',
    html: '<b>bold</b>',
    'first name': 'spaced',
    nodes: 'shadowed',
  },
  nodes: {
    'Apollo search': {
      json: { email: 'p@apollo.io' },
      first: { n: 1 },
      last: { n: 2 },
      all: [{ n: 1 }, { n: 2 }],
    },
  },
  vars: { sender: 'Grace' },
  itemIndex: 4,
  timezone: 'Europe/Berlin',
};

describe('renderTemplate', () => {
  it.each([
    ['item fields at the top level', 'Hi {{first_name}}!', 'Hi Ada!'],
    ['nested fields', '{{company.name}} ({{company.size}})', 'Analytical Engines & Co (12)'],
    ['no HTML escaping by default', '{{html}} & {{company.name}}', '<b>bold</b> & Analytical Engines & Co'],
    ['missing fields render empty', '[{{nope}}|{{last_name}}|{{company.nope.deeper}}]', '[||]'],
    ['bracketed names', '{{[first name]}}', 'spaced'],
    [
      'node outputs under nodes',
      '{{nodes.[Apollo search].json.email}} {{nodes.[Apollo search].first.n}}-{{nodes.[Apollo search].last.n}}',
      'p@apollo.io 1-2',
    ],
    ['every item of a node', '{{#each nodes.[Apollo search].all}}{{n}};{{/each}}', '1;2;'],
    ['vars', 'Cheers, {{vars.sender}}', 'Cheers, Grace'],
    ['data variables', '{{@itemIndex}} {{@json.nodes}} {{@timezone}}', '4 shadowed Europe/Berlin'],
    [
      'default',
      '{{default title "there"}} {{default last_name "-"}} {{default first_name "x"}} {{default score 5}}',
      'there - Ada 0',
    ],
    ['upper and lower', '{{upper first_name}} {{lower email}} {{upper nope}}', 'ADA ada@example.com '],
    [
      'truncate keeps the limit including the suffix',
      '{{truncate bio 20}}|{{truncate bio 20 "..."}}|{{truncate first_name 10}}',
      'Mathematician and w…|Mathematician and...|Ada',
    ],
    ['formatDate in the workflow zone', '{{formatDate created_at "dd.MM.yyyy HH:mm"}}', '30.03.2024 13:05'],
    [
      'formatDate with a zone and the default pattern',
      '{{formatDate created_at zone="Asia/Tokyo"}} {{formatDate created_at "HH:mm" zone="UTC"}}',
      '2024-03-30 12:05',
    ],
    ['formatDate of nothing is empty', '[{{formatDate nope "yyyy"}}]', '[]'],
    [
      'eq and ne',
      '{{#if (eq status "valid")}}ok{{/if}} {{#if (ne status "valid")}}no{{else}}same{{/if}}',
      'ok same',
    ],
    [
      'and / or / not',
      '{{#if (and first_name tags)}}both{{/if}} {{or title last_name first_name}} {{#if (not title)}}untitled{{/if}}',
      'both Ada untitled',
    ],
    ['join', '{{join tags}} / {{join tags " + "}}', 'vip, eu, q3 / vip + eu + q3'],
    [
      'json',
      '{{json company}} {{json tags 0}}',
      '{"name":"Analytical Engines & Co","size":12} ["vip","eu","q3"]',
    ],
    ['json pretty', '{{json company.size 2}}{{json tags 2}}', '12[\n  "vip",\n  "eu",\n  "q3"\n]'],
    ['nested helpers', '{{upper (truncate (default title first_name) 2 "")}}', 'AD'],
    ['escaped braces stay text', 'Total: \\{{ $json.x }}', 'Total: {{ $json.x }}'],
  ])('%s', (_, template, expected) => {
    expect(renderTemplate(template, data)).toBe(expected);
  });

  it('escapes HTML when asked, keeping triple braces raw', () => {
    expect(renderTemplate('{{html}} {{{html}}}', data, { escapeHtml: true })).toBe(
      '&lt;b&gt;bold&lt;/b&gt; <b>bold</b>',
    );
  });

  it.each([
    [
      'prototype properties',
      '[{{constructor}}|{{__proto__}}|{{company.constructor.name}}|{{tags.constructor}}]',
      '[|||]',
    ],
    [
      'the Function constructor',
      '{{#with "s"}}{{#with split as |a|}}{{a.constructor}}{{/with}}{{/with}}',
      '',
    ],
    ['lookup of prototype members', '[{{lookup this "__proto__"}}|{{lookup company "toString"}}]', '[|]'],
  ])('blocks %s', (_, template, expected) => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(renderTemplate(template, data)).toBe(expected);
    spy.mockRestore();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it.each([
    [
      'a parse error',
      'Hi {{#if first_name}}',
      'Send email › body, item 4: template error: Parse error on line 1',
    ],
    [
      'an unknown helper',
      '{{shout first_name}}',
      'Send email › body, item 4: template error: Missing helper: "shout"',
    ],
    [
      'a bad date',
      '{{formatDate first_name}}',
      'Send email › body, item 4: template error: formatDate: "Ada" is not a date',
    ],
    [
      'a bad truncate length',
      '{{truncate bio "long"}}',
      'template error: truncate needs a length such as {{truncate text 160}}',
    ],
    ['the log helper is gone', '{{log first_name}}', 'Missing helper: "log"'],
  ])('names where %s happens', (_, template, message) => {
    const render = () => renderTemplate(template, data, { where: 'Send email › body, item 4' });
    expect(render).toThrow(TemplateError);
    expect(render).toThrow(message);
  });
});

describe('createTemplateData', () => {
  const outputs: Record<string, Item[]> = {
    'Apollo search': [{ json: { email: 'a@x' } }, { json: { email: 'b@x' } }],
  };
  const read = jest.fn((name: string) => outputs[name]);
  const context: ExpressionContext = {
    workflow: { name: 'wf' },
    execution: { id: 'run', mode: 'test' },
    vars: { sender: 'Grace' },
    timezone: 'UTC',
    pairedItem: (name, index) => outputs[name]?.[index],
    nodeItems: read,
    nodeNames: ['Apollo search', 'Other'],
  };

  it('gives the item, paired node items, vars and zone, reading only the nodes a template names', () => {
    const rendered = renderTemplate(
      '{{email}} ← {{nodes.[Apollo search].json.email}} of {{nodes.[Apollo search].all.length}}, {{vars.sender}} {{@itemIndex}} {{@timezone}}',
      createTemplateData({ json: { email: 'me@x' } }, 1, context),
    );
    expect(rendered).toBe('me@x ← b@x of 2, Grace 1 UTC');
    expect(read.mock.calls).toEqual([['Apollo search']]);
  });
});
