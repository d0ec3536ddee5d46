import { getQueueToken } from '@nestjs/bullmq';
import type { Provider } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { MemoryRateLimiter, type RateLimiter, type RunQueue } from '@ainow/engine/runtime';
import type { NodeRegistry } from '@ainow/engine/sdk';
import { SERVER_CONFIG, type ServerConfig } from '../config/config';
import { CredentialCipher, loadEncryptionKey } from '../credentials/credential-cipher';
import { CREDENTIAL_KEY } from '../credentials/credential-key';
import { CREDENTIAL_CIPHER, CredentialsService } from '../credentials/credentials.service';
import { BullMqRunQueue } from '../runs/adapters/bullmq-queue.adapter';
import { CredentialRateLimiter } from '../runs/adapters/credential-rate-limiter.adapter';
import { InProcessRunQueue } from '../runs/adapters/in-process-queue.adapter';
import { RedisRateLimiter } from '../runs/adapters/redis-rate-limiter.adapter';
import { RunEvents } from '../runs/run-events';
import { NODE_REGISTRY, RATE_LIMITER, RUN_QUEUE } from '../runs/run-job';
import { BullMqScheduler } from '../triggers/bullmq-scheduler.adapter';
import { CronerScheduler } from '../triggers/croner-scheduler.adapter';
import { TRIGGER_SCHEDULER } from '../triggers/trigger-scheduler.port';

export const REDIS = Symbol('REDIS');
export const RUNS_QUEUE_NAME = 'runs';
export const TRIGGERS_QUEUE_NAME = 'triggers';

/**
 * The providers that differ between the embedded default and queue mode: queue, scheduler, rate
 * limiter and event relay are in-process without REDIS_URL, Redis-backed with it.
 */
export function coreProviders(config: ServerConfig, registry: NodeRegistry): Provider[] {
  const queueMode = config.queueMode;
  return [
    { provide: SERVER_CONFIG, useValue: config },
    { provide: NODE_REGISTRY, useValue: registry },
    { provide: CREDENTIAL_KEY, useFactory: () => loadEncryptionKey(config) },
    {
      provide: CREDENTIAL_CIPHER,
      useFactory: (key: Buffer) => new CredentialCipher(key),
      inject: [CREDENTIAL_KEY],
    },
    {
      provide: REDIS,
      useFactory: () =>
        queueMode
          ? new Redis(config.REDIS_URL!, { maxRetriesPerRequest: 3, enableAutoPipelining: true })
          : null,
    },
    {
      provide: RUN_QUEUE,
      useFactory: (queue: Queue | undefined): RunQueue =>
        queueMode
          ? new BullMqRunQueue(queue!, {
              lockDurationMs: config.AINOW_JOB_LOCK_MS,
              connection: { url: config.REDIS_URL! },
            })
          : new InProcessRunQueue(),
      inject: queueMode ? [getQueueToken(RUNS_QUEUE_NAME)] : [],
    },
    {
      provide: TRIGGER_SCHEDULER,
      useFactory: (queue: Queue | undefined) =>
        queueMode ? new BullMqScheduler(queue!, { url: config.REDIS_URL! }) : new CronerScheduler(),
      inject: queueMode ? [getQueueToken(TRIGGERS_QUEUE_NAME)] : [],
    },
    {
      provide: RATE_LIMITER,
      useFactory: (redis: Redis | null, credentials: CredentialsService): RateLimiter => {
        const inner = redis
          ? new RedisRateLimiter(redis, config.AINOW_QUEUE_PREFIX)
          : new MemoryRateLimiter();
        return new CredentialRateLimiter(inner, (id) => credentials.rateLimits.get(id));
      },
      inject: [REDIS, CredentialsService],
    },
    {
      provide: RunEvents,
      useFactory: async (redis: Redis | null) => {
        const events = new RunEvents();
        if (redis) await events.connect(redis, redis.duplicate(), config.AINOW_QUEUE_PREFIX);
        return events;
      },
      inject: [REDIS],
    },
  ];
}
