import { parseExpressionString } from '@ainow/engine/expression';

describe('parseExpressionString', () => {
  it.each([
    ['plain text', 'no expression here', ['no expression here'], false],
    ['one expression', '{{ $json.email }}', [{ code: ' $json.email ' }], true],
    ['text around', 'Hi {{ $json.first }}!', ['Hi ', { code: ' $json.first ' }, '!'], false],
    ['two expressions', '{{a}}{{b}}', [{ code: 'a' }, { code: 'b' }], false],
    ['escaped braces', 'use \\{{ name }} here', ['use {{ name }} here'], false],
    ['escaped then real', '\\{{x}} {{ y }}', ['{{x}} ', { code: ' y ' }], false],
    ['object literal', '{{ { a: { b: 1 } } }}', [{ code: ' { a: { b: 1 } } ' }], true],
    ['braces in strings', '{{ \'}}\' + "{{" }}', [{ code: ' \'}}\' + "{{" ' }], true],
    ['template literal', '{{ `${$json.a}}}` }}', [{ code: ' `${$json.a}}}` ' }], true],
    ['surrounding space is text', ' {{ 1 }}', [' ', { code: ' 1 ' }], false],
    ['closing brace after', '{{ 1 }}}', [{ code: ' 1 ' }, '}'], false],
    ['comment with braces', '{{ 1 /* }} */ }}', [{ code: ' 1 /* }} */ ' }], true],
  ])('%s', (_, source, parts, single) => {
    expect(parseExpressionString(source)).toEqual({ parts, single });
  });

  it.each([
    ['unclosed', 'Hi {{ $json.first', '"{{" at character 4 has no closing "}}"'],
    ['unclosed string', "{{ 'abc }}", 'no closing'],
    ['empty', 'x {{   }}', 'empty {{ }}'],
  ])('reports %s', (_, source, message) => {
    const parsed = parseExpressionString(source);
    expect(parsed.parts).toEqual([]);
    expect(parsed.error).toContain(message);
  });
});
