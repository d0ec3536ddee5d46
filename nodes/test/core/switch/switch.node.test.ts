import { outputPortsOf } from '@ainow/engine/sdk';
import { runNode } from '@ainow/engine/testing';
import { switchNode } from '@ainow/nodes/core';

const scores = [95, 70, 10];
const items = scores.map((score) => ({ json: { score } }));
const rulesFor = (score: number) => [
  { name: 'hot', conditions: [{ left: score, op: 'gte', right: 90 }] },
  { name: 'warm', conditions: [{ left: score, op: 'gte', right: 50 }] },
];

describe('core.switch', () => {
  it('sends each item to the first matching rule, the rest to fallback, keeping pairing', async () => {
    const out = await runNode(switchNode, {
      propsPerItem: scores.map((s) => ({ rules: rulesFor(s), fallback: true })),
      items,
    });
    expect(out).toEqual({
      hot: [{ json: { score: 95 }, pairedItem: { item: 0 } }],
      warm: [{ json: { score: 70 }, pairedItem: { item: 1 } }],
      fallback: [{ json: { score: 10 }, pairedItem: { item: 2 } }],
    });
  });

  it('with allMatches sends an item to every matching rule', async () => {
    const out = await runNode(switchNode, {
      propsPerItem: scores.map((s) => ({ rules: rulesFor(s), fallback: false, allMatches: true })),
      items,
    });
    expect(out.hot.map((i) => i.pairedItem)).toEqual([{ item: 0 }]);
    expect(out.warm.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
    expect(out.fallback).toBeUndefined();
  });

  it.each([
    [{ rules: [{ name: 'a' }, { name: 'b' }], fallback: true }, ['a', 'b', 'fallback']],
    [{ rules: [{ name: ' a ' }, { name: '' }], fallback: false }, ['a', 'rule 2']],
    [{}, ['fallback']],
  ])('computes ports from %j', (props, ports) => {
    expect(outputPortsOf(switchNode, props)).toEqual(ports);
  });

  it.each([
    [{ rules: [{ name: 'a' }, { name: 'a' }] }, /two rules are named 'a'/],
    [{ rules: [{ name: 'fallback' }], fallback: true }, /fallback port/],
  ])('reports bad rule names in %j', (props, message) => {
    expect(switchNode.validate!(props).join('\n')).toMatch(message);
  });

  it('names the rule and item in condition errors', async () => {
    const rules = [{ name: 'odd', conditions: [{ left: 1, op: 'nope' }] }];
    await expect(runNode(switchNode, { props: { rules }, items: [{ json: {} }] })).rejects.toThrow(
      /rule 'odd', item 1: condition 1 has unknown operator/,
    );
  });
});
