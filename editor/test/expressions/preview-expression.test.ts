import { previewExpression, type PreviewContext } from '../../src/expressions/preview-expression';
import { fieldExpression, fieldPaths } from '../../src/expressions/data-paths';

const ctx: PreviewContext = {
  item: { json: { name: 'Ada', score: 91, company: { domain: 'example.com' } } },
  itemIndex: 0,
  items: [{ json: { name: 'Ada' } }, { json: { name: 'Bob' } }],
  nodes: { 'Verify email': [{ json: { result: 'valid' } }] },
  workflow: { name: 'Leads' },
};

describe('previewExpression', () => {
  it.each([
    ['Hi {{ $json.name }}!', 'Hi Ada!'],
    ['{{ $json.score }}', 91],
    ['{{ $json.company }}', { domain: 'example.com' }],
    ['{{ $json.score > 80 ? "hot" : "cold" }}', 'hot'],
    ["{{ $('Verify email').item.json.result }}", 'valid'],
    ['{{ $input.all().length }} items', '2 items'],
    ['plain text', 'plain text'],
  ])('%s → %j', (text, value) => {
    expect(previewExpression(text, ctx)).toMatchObject({ ok: true, value });
  });

  it.each([
    ['{{ $json.missing.deeper }}', /undefined/],
    ["{{ $('Nope').item.json }}", /no node named 'Nope'/],
  ])('%s explains the error', (text, message) => {
    const result = previewExpression(text, ctx);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(message);
  });
});

describe('field paths for mapping', () => {
  it('lists nested fields and builds the expression a drag inserts', () => {
    const fields = fieldPaths([
      { json: { email: 'a@b.co', 'first name': 'Ada', company: { domain: 'b.co' } } },
    ]);
    expect(fields.map((f) => f.path)).toEqual(['email', 'first name', 'company', 'company.domain']);
    expect(fields.map((f) => fieldExpression(f.access))).toEqual([
      '{{ $json.email }}',
      '{{ $json["first name"] }}',
      '{{ $json.company }}',
      '{{ $json.company.domain }}',
    ]);
    expect(fieldExpression('.email', "Ada's list")).toBe("{{ $('Ada\\'s list').item.json.email }}");
  });
});
