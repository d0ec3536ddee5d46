import { Prop } from '@ainow/engine/sdk';

/**
 * The condition fields IF and Filter share (Switch reuses `combine` and `ignoreCase` per rule).
 *
 * @example
 * props: { ...conditionProps() }
 */
export const combineProp = () =>
  Prop.options({
    label: 'Combine',
    help: 'and: every condition must hold; or: at least one',
    default: 'and',
    options: [
      { value: 'and', label: 'All conditions (and)' },
      { value: 'or', label: 'Any condition (or)' },
    ],
  });

export const ignoreCaseProp = () =>
  Prop.boolean({
    label: 'Ignore case',
    help: 'Compare text without regard to upper and lower case',
    default: false,
  });

export function conditionProps() {
  return {
    conditions: Prop.conditions({
      label: 'Conditions',
      help: 'Each condition compares a value (usually an expression such as {{ $json.status }}) with another',
      default: [],
    }),
    combine: combineProp(),
    ignoreCase: ignoreCaseProp(),
  };
}
