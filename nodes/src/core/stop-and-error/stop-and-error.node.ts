import { NodeError, Prop, defineNode } from '@ainow/engine/sdk';

/**
 * Fails the run with a message of your choice (for example when a required field is missing).
 * The node's `onError` setting still applies, so `continue` or `route` can catch it.
 *
 * @example
 * await runNode(stopAndError, { props: { message: 'No email' }, items }); // throws NodeError('No email')
 */
export const stopAndError = defineNode({
  type: 'core.stopAndError',
  version: 1,
  displayName: 'Stop and error',
  description: 'Stops the run with an error message',
  category: 'Flow',
  icon: 'octagon-x',
  effect: 'read',
  outputs: [],
  props: {
    message: Prop.text({
      label: 'Error message',
      help: 'What went wrong, in words the person reading the run log will understand',
      required: true,
      placeholder: 'Lead {{ $json.email }} has no company',
    }),
    code: Prop.text({ label: 'Error code', help: 'Optional machine-readable code, e.g. missing_company' }),
  },
  async run(ctx) {
    const message =
      String(ctx.props.message ?? '').trim() || 'The workflow was stopped by a Stop and error node';
    throw new NodeError(message, { code: ctx.props.code || 'stopped' });
  },
});
