import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * Prometheus metrics (`GET /metrics`): runs by status, step and run durations, queue depth and
 * waiting runs, webhook latency. One registry per process.
 *
 * @example
 * metrics.runsTotal.inc({ status: 'success' });
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'ainow_process_' });

export const metrics = {
  runsTotal: new Counter({
    name: 'ainow_runs_total',
    help: 'Runs that ended, by status',
    labelNames: ['status', 'mode'],
    registers: [metricsRegistry],
  }),
  runDuration: new Histogram({
    name: 'ainow_run_duration_seconds',
    help: 'Time from a worker taking a run to the run ending or waiting',
    labelNames: ['status'],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
    registers: [metricsRegistry],
  }),
  stepDuration: new Histogram({
    name: 'ainow_step_duration_seconds',
    help: 'Node step durations, by node type and status',
    labelNames: ['node_type', 'status'],
    buckets: [0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30],
    registers: [metricsRegistry],
  }),
  webhookLatency: new Histogram({
    name: 'ainow_webhook_latency_seconds',
    help: 'Time from a webhook request arriving to its answer',
    labelNames: ['response_mode', 'status'],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5, 30],
    registers: [metricsRegistry],
  }),
  queueJobs: new Gauge({
    name: 'ainow_queue_jobs',
    help: 'Run jobs in the queue, by state',
    labelNames: ['state'],
    registers: [metricsRegistry],
  }),
  waitingRuns: new Gauge({
    name: 'ainow_waiting_runs',
    help: 'Runs paused in a Wait node',
    registers: [metricsRegistry],
  }),
};
