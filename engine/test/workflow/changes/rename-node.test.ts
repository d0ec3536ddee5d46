import {
  applyChange,
  renameNodeReferences,
  workflowSchema,
  WorkflowChangeError,
} from '@ainow/engine/workflow';
import { doc, node, wires } from '../fake-nodes';

describe('renameNodeReferences', () => {
  it.each([
    ["{{ $('Verify email').item.json.x }}", "{{ $('Check email').item.json.x }}"],
    ['{{ $("Verify email").first().json }}', '{{ $("Check email").first().json }}'],
    ['{{ $(`Verify email`).all() }}', '{{ $(`Check email`).all() }}'],
    ['{{ $node["Verify email"].json.x }}', '{{ $node["Check email"].json.x }}'],
    ["{{ $node['Verify email'].json.x }}", "{{ $node['Check email'].json.x }}"],
    ["{{ $( 'Verify email' ).item }}", "{{ $( 'Check email' ).item }}"],
    [
      "a {{ $('Verify email').item.json.a }} b {{ $('Verify email').item.json.b }}",
      "a {{ $('Check email').item.json.a }} b {{ $('Check email').item.json.b }}",
    ],
    // not references to this node: left alone
    ["{{ $('Verify email 2').item }}", "{{ $('Verify email 2').item }}"],
    ['Verify email is a step', 'Verify email is a step'],
    ["{{ $json['Verify email'] }}", "{{ $json['Verify email'] }}"],
    ["{{ $('verify email').item }}", "{{ $('verify email').item }}"],
  ])('%s', (before, after) => {
    expect(renameNodeReferences(before, 'Verify email', 'Check email')).toBe(after);
  });

  it.each([
    [
      '{{nodes.[Verify email].json.result}}',
      '{{nodes.[Check email].json.result}}',
      'Verify email',
      'Check email',
    ],
    [
      '{{#if nodes.[Verify email].json.ok}}yes{{/if}}',
      '{{#if nodes.[Check email].json.ok}}yes{{/if}}',
      'Verify email',
      'Check email',
    ],
    ['Hi {{nodes.Apollo.json.name}}', 'Hi {{nodes.[Apollo search].json.name}}', 'Apollo', 'Apollo search'],
    ['Hi {{nodes.Apollo.json.name}}', 'Hi {{nodes.Zoom.json.name}}', 'Apollo', 'Zoom'],
    // item data and longer names are not node references
    [
      '{{ $json.nodes.Apollo }} {{nodes.Apollo2.json}}',
      '{{ $json.nodes.Apollo }} {{nodes.Apollo2.json}}',
      'Apollo',
      'Zoom',
    ],
    ['{{@json.nodes.[Verify email]}}', '{{@json.nodes.[Verify email]}}', 'Verify email', 'Check email'],
  ])('rewrites Handlebars node paths in templates: %s', (before, after, oldName, newName) => {
    expect(renameNodeReferences(before, oldName, newName)).toBe(after);
  });

  it.each([
    ["Bob's node", "{{ $('Bob\\'s node').item }}", "{{ $('Alice\\'s node').item }}"],
    ["Bob's node", '{{ $("Bob\'s node").item }}', '{{ $("Alice\'s node").item }}'],
  ])('handles quotes inside names (%s)', (oldName, before, after) => {
    expect(renameNodeReferences(before, oldName, "Alice's node")).toBe(after);
  });

  it('walks objects and arrays, leaves keys and other values, and keeps unchanged parts identical', () => {
    const untouched = { deep: ['plain', 1, null] };
    const value = {
      "$('Old')": "{{ $('Old').item }}",
      list: [{ left: "{{ $node['Old'].json.x }}", op: 'equals', right: 3 }],
      untouched,
      flag: true,
    };
    const out = renameNodeReferences(value, 'Old', 'New');
    expect(out).toEqual({
      "$('Old')": "{{ $('New').item }}",
      list: [{ left: "{{ $node['New'].json.x }}", op: 'equals', right: 3 }],
      untouched: { deep: ['plain', 1, null] },
      flag: true,
    });
    expect(out.untouched).toBe(untouched);
    expect(renameNodeReferences(untouched, 'Old', 'New')).toBe(untouched);
  });
});

describe('renameNode', () => {
  //   Verify email ──▶ Is valid? ──true──▶ Log
  //   (Is valid? and Log name Verify email in their parameters; Log also names itself)
  const workflow = workflowSchema.parse(
    doc(
      [
        node('verify', 'test.verify', { name: 'Verify email', parameters: { email: '{{ $json.email }}' } }),
        node('valid', 'test.if', {
          name: 'Is valid?',
          parameters: {
            conditions: [{ left: "{{ $('Verify email').item.json.result }}", op: 'equals', right: 'valid' }],
          },
        }),
        node('log', 'test.set', {
          name: 'Log',
          parameters: {
            fields: [
              { name: 'msg', value: '{{ $node["Verify email"].json.email }} via {{ $(\'Log\').params }}' },
            ],
          },
        }),
      ],
      wires('verify -> valid', 'valid:true -> log'),
    ),
  );

  it('renames and rewrites every reference, sharing nodes that do not change', () => {
    const { workflow: next, inverse } = applyChange(workflow, {
      type: 'renameNode',
      nodeId: 'verify',
      name: 'Check email',
    });
    expect(next.nodes.map((n) => n.name)).toEqual(['Check email', 'Is valid?', 'Log']);
    expect(next.nodes[1].parameters.conditions).toEqual([
      { left: "{{ $('Check email').item.json.result }}", op: 'equals', right: 'valid' },
    ]);
    expect(next.nodes[2].parameters.fields).toEqual([
      { name: 'msg', value: '{{ $node["Check email"].json.email }} via {{ $(\'Log\').params }}' },
    ]);
    expect(next.connections).toBe(workflow.connections);
    expect(applyChange(next, inverse).workflow).toEqual(workflow);
  });

  it('rewrites references to the node inside its own parameters', () => {
    const { workflow: next } = applyChange(workflow, { type: 'renameNode', nodeId: 'log', name: 'Logger' });
    expect(next.nodes[2].parameters.fields).toEqual([
      { name: 'msg', value: '{{ $node["Verify email"].json.email }} via {{ $(\'Logger\').params }}' },
    ]);
    expect(next.nodes[0]).toBe(workflow.nodes[0]);
  });

  it.each([
    [
      'a name another node has',
      'Is valid?',
      "cannot rename 'Verify email' to 'Is valid?': another node has that name",
    ],
    ['an empty name', '  ', "renameNode: 'Verify email' needs a name that is not empty"],
  ])('refuses %s', (_label, name, message) => {
    expect(() => applyChange(workflow, { type: 'renameNode', nodeId: 'verify', name })).toThrow(
      new WorkflowChangeError('invalid-change', message),
    );
  });

  it('changes nothing when the name is the same', () => {
    expect(applyChange(workflow, { type: 'renameNode', nodeId: 'verify', name: 'Verify email' })).toEqual({
      workflow,
      inverse: { type: 'batch', changes: [] },
    });
  });
});
