import type { PropDef, PropKind, PropMap } from '@ainow/engine/sdk';

/**
 * The same form fields with none required, for update and upsert nodes that send only what is
 * set (Salesforce and Pipedrive records).
 *
 * @example
 * props: { id: Prop.text({ label: 'Deal ID', required: true }), ...optional(dealProps) }
 */
export type Optional<P extends PropMap> = {
  [K in keyof P]: P[K] extends PropDef<infer Kind extends PropKind, infer T, boolean>
    ? PropDef<Kind, T, false>
    : never;
};

export function optional<P extends PropMap>(props: P): Optional<P> {
  return Object.fromEntries(
    Object.entries(props).map(([k, v]) => [k, { ...v, required: false }]),
  ) as Optional<P>;
}
