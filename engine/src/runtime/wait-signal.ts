/** Thrown inside a Wait step to end the run as `waiting` until `until` (or the resume URL). */
export class WaitSignal extends Error {
  constructor(readonly until: Date | undefined) {
    super(until ? `waiting until ${until.toISOString()}` : 'waiting for the resume URL');
    this.name = 'WaitSignal';
  }
}

/** Thrown when an effect may already have happened and the node cannot safely repeat it. */
export class UncertainEffectError extends Error {
  constructor(nodeName: string, itemIndex: number) {
    super(
      `${nodeName}, item ${itemIndex}: the worker stopped while this item was being sent, and AI-Now cannot tell ` +
        'whether the vendor received it. It was not sent again, so nothing is duplicated; check the vendor and retry the item if needed.',
    );
    this.name = 'UncertainEffectError';
  }
}
