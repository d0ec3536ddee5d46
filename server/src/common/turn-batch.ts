/**
 * Collects calls made during one turn of the event loop and handles them together at its end
 * (`setImmediate`): one round trip for many callers. `run` answers each input's result in order;
 * if it throws, every caller of that batch gets the error.
 *
 * @example
 * const rows = new TurnBatch<string, Row | undefined>((ids) => selectByIds(ids));
 * const row = await rows.call(id);
 */
export class TurnBatch<In, Out> {
  private pending: Array<{ input: In; resolve(out: Out): void; reject(error: unknown): void }> = [];

  constructor(private readonly run: (inputs: In[]) => Promise<Out[]>) {}

  call(input: In): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      if (!this.pending.length) setImmediate(() => void this.flush());
      this.pending.push({ input, resolve, reject });
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    try {
      const outputs = await this.run(batch.map((c) => c.input));
      batch.forEach((c, i) => c.resolve(outputs[i]));
    } catch (error) {
      for (const c of batch) c.reject(error);
    }
  }
}
