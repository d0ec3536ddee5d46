import { NodeError, outputPortsOf } from '@ainow/engine/sdk';
import { runNode } from '@ainow/engine/testing';
import { stopAndError } from '@ainow/nodes/core';

describe('core.stopAndError', () => {
  it.each([
    [{ message: 'Lead has no company', code: 'missing_company' }, 'Lead has no company', 'missing_company'],
    [{ message: '  ' }, 'The workflow was stopped by a Stop and error node', 'stopped'],
  ])('throws a NodeError for %j', async (props, message, code) => {
    const error = await runNode(stopAndError, { props, items: [{ json: {} }] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NodeError);
    expect(error).toMatchObject({ message, code });
  });

  it('has no output ports', () => {
    expect(outputPortsOf(stopAndError, {})).toEqual([]);
  });
});
