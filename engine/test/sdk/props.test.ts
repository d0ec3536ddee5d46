import { Prop, defineNode, type InferProps } from '@ainow/engine/sdk';
import { runNode } from '@ainow/engine/testing';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assertType = <T extends true>(value: T) => value;

const props = {
  email: Prop.text({ label: 'Email', required: true }),
  limit: Prop.number({ label: 'Limit', default: 10 }),
  note: Prop.text({ label: 'Note' }),
  mode: Prop.options({
    label: 'Mode',
    options: [
      { value: 'a', label: 'A' },
      { value: 'b', label: 'B' },
    ],
    default: 'a',
  }),
  fields: Prop.list({ label: 'Fields', fields: { name: Prop.text({ label: 'Name', required: true }) } }),
};

describe('props', () => {
  it('infers value types from the declaration', () => {
    type P = InferProps<typeof props>;
    expect(assertType<Equal<P['email'], string>>(true)).toBe(true);
    expect(assertType<Equal<P['limit'], number>>(true)).toBe(true);
    expect(assertType<Equal<P['note'], string | undefined>>(true)).toBe(true);
    expect(assertType<Equal<P['mode'], 'a' | 'b'>>(true)).toBe(true);
    expect(assertType<Equal<P['fields'], Array<{ name: string }> | undefined>>(true)).toBe(true);
  });

  it('types ctx.props inside runItem and runs through the test harness', async () => {
    const node = defineNode({
      type: 'test.upper',
      version: 1,
      displayName: 'Upper',
      description: 'Upper-cases an email',
      category: 'Data',
      effect: 'read',
      props,
      async runItem(ctx) {
        const email: string = ctx.props.email;
        return { json: { email: email.toUpperCase(), limit: ctx.props.limit + 1 } };
      },
    });
    const out = await runNode(node, { props: { email: 'a@b.c', limit: 1 }, items: [{ json: {} }] });
    expect(out.main).toEqual([{ json: { email: 'A@B.C', limit: 2 }, pairedItem: { item: 0 } }]);
  });
});
