import type { StepRecord } from '../step-record';

/**
 * Port: where step records are kept. `saveStep` is called once per step, when it ends (and
 * again for a Wait step when it is resumed); a store must make the record durable before it
 * resolves. `loadSteps` returns a run's steps ordered by `index`.
 *
 * @example
 * const store = new MemoryStepStore();
 * await runtime.run(workflow, { stepStore: store });
 */
export interface StepStore {
  saveStep(step: StepRecord): Promise<void>;
  loadSteps(runId: string): Promise<StepRecord[]>;
}
