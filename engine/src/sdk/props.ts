/**
 * Property builders for node declarations (DESIGN.md section 6). Each builder returns a plain,
 * serialisable description that the editor draws as a form field; the value type a node's
 * `run` sees is inferred from it.
 *
 * @example
 * const props = {
 *   email: Prop.text({ label: 'Email', required: true }),
 *   limit: Prop.number({ label: 'Limit', default: 10 }),
 * };
 * // inside run: ctx.props.email is string, ctx.props.limit is number
 */

import type { PropBase, PropKind, PropKindSettings } from '../workflow/node-catalog.types';
import type { Condition } from '../workflow/parameters/condition-ops';

// The JSON shapes of props live with the workflow format, so that the browser can import them.
export type {
  PropBase,
  PropKind,
  PropKindSettings,
  PropOption,
  ShowIf,
} from '../workflow/node-catalog.types';
export { CONDITION_OPS, type Condition, type ConditionOp } from '../workflow/parameters/condition-ops';

export interface PropDef<K extends PropKind = PropKind, T = unknown, R extends boolean = boolean>
  extends PropBase<T>, PropKindSettings {
  kind: K;
  /** Phantom fields for type inference; never set at run time. */
  readonly __type?: T;
  readonly __required?: R;
  fields?: PropMap;
}

export type PropMap = Record<string, PropDef>;

type Req<O> = O extends { required: true } ? true : O extends { default: unknown } ? true : false;

/** The value types that `run` sees for a map of props. */
export type InferProps<P extends PropMap> = {
  [K in keyof P]: P[K] extends PropDef<PropKind, infer T, infer R>
    ? R extends true
      ? T
      : T | undefined
    : never;
};

function make<K extends PropKind, T>(kind: K) {
  return <O extends PropBase<T> & Partial<Pick<PropDef, 'options' | 'loadOptions' | 'min' | 'max'>>>(
    opts: O,
  ): PropDef<K, T, Req<O>> => ({ ...opts, kind }) as PropDef<K, T, Req<O>>;
}

export const Prop = {
  text: make<'text', string>('text'),
  longText: make<'longText', string>('longText'),
  number: make<'number', number>('number'),
  boolean: make<'boolean', boolean>('boolean'),
  json: make<'json', unknown>('json'),
  keyValue: make<'keyValue', Record<string, string>>('keyValue'),
  /** A Handlebars template (email subject and body, SMS text, AI prompts): never a `{{ }}` expression. */
  template: <O extends PropBase<string>>(opts: O): PropDef<'template', string, Req<O>> =>
    ({ ...opts, kind: 'template', noExpressions: true }) as PropDef<'template', string, Req<O>>,
  code: <O extends PropBase<string>>(
    opts: O & { language?: 'javascript' | 'json' },
  ): PropDef<'code', string, Req<O>> =>
    ({ language: 'javascript', ...opts, kind: 'code', noExpressions: true }) as PropDef<
      'code',
      string,
      Req<O>
    >,
  options: <V extends string, O extends PropBase<V>>(
    opts: O & {
      options?: ReadonlyArray<{ value: V; label: string; description?: string }>;
      loadOptions?: string;
    },
  ): PropDef<'options', V, Req<O>> =>
    ({ ...opts, kind: 'options' }) as unknown as PropDef<'options', V, Req<O>>,
  multiOptions: <V extends string, O extends PropBase<V[]>>(
    opts: O & { options?: ReadonlyArray<{ value: V; label: string }>; loadOptions?: string },
  ): PropDef<'multiOptions', V[], Req<O>> =>
    ({ ...opts, kind: 'multiOptions' }) as unknown as PropDef<'multiOptions', V[], Req<O>>,
  /** A group of optional fields; the value is an object with the ones that are set. */
  collection: <F extends PropMap, O extends PropBase<Partial<InferProps<F>>>>(
    opts: O & { fields: F },
  ): PropDef<'collection', Partial<InferProps<F>>, Req<O>> =>
    ({ ...opts, kind: 'collection' }) as PropDef<'collection', Partial<InferProps<F>>, Req<O>>,
  /** A list of records, each with the given fields (e.g. Set's `fields`, Sort's `by`). */
  list: <F extends PropMap, O extends PropBase<Array<InferProps<F>>>>(
    opts: O & { fields: F },
  ): PropDef<'list', Array<InferProps<F>>, Req<O>> =>
    ({ ...opts, kind: 'list' }) as PropDef<'list', Array<InferProps<F>>, Req<O>>,
  /** A condition list `{ left, op, right }[]` drawn as a condition builder. */
  conditions: make<'conditions', Condition[]>('conditions'),
};
