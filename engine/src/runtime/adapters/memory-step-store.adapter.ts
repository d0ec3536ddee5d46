import type { StepStore } from '../ports/step-store.port';
import type { StepRecord } from '../step-record';

/** In-memory step store for tests, the CLI and the embedded mode's unit tests. */
export class MemoryStepStore implements StepStore {
  private readonly runs = new Map<string, StepRecord[]>();

  async saveStep(step: StepRecord): Promise<void> {
    const steps = this.runs.get(step.runId) ?? [];
    const at = steps.findIndex((s) => s.index === step.index);
    if (at >= 0) steps[at] = step;
    else steps.push(step);
    this.runs.set(step.runId, steps);
  }

  async loadSteps(runId: string): Promise<StepRecord[]> {
    return [...(this.runs.get(runId) ?? [])].sort((a, b) => a.index - b.index);
  }
}
