import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { StepRecord } from '@ainow/engine/runtime';
import { TypeOrmStepStore } from './adapters/typeorm-step-store.adapter';

/** Reads a run's stored steps with their items (run documents, webhook answers). */
@Injectable()
export class RuntimeStepReader {
  private readonly store: TypeOrmStepStore;

  constructor(@InjectDataSource() ds: DataSource) {
    this.store = new TypeOrmStepStore(ds);
  }

  load(runId: string): Promise<StepRecord[]> {
    return this.store.loadSteps(runId);
  }
}
