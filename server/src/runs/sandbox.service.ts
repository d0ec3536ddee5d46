import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { sandboxCredentials, type Sandbox } from '@ainow/engine/cli';
import type { CredentialResolver } from '@ainow/engine/runtime';
import type { NodeRegistry } from '@ainow/engine/sdk';
import { logger } from '../common/logger';
import { NODE_REGISTRY } from './run-job';

export const SANDBOX_STARTER = Symbol('SANDBOX_STARTER');
/** Starts the simulators of every loaded node package (`startSandboxes(packages)`). */
export type SandboxStarter = () => Promise<Sandbox>;

/**
 * Sandbox runs (`{ sandbox: true }`): every credential, named or not, points at its vendor's
 * simulator. The simulators start once per process, on the first sandbox run it handles, and stop
 * when the process closes (SIGTERM or `app.close()`); a process that never runs a sandbox run never
 * starts them.
 *
 * @example
 * const credentials = await sandbox.credentials(); // a CredentialResolver for the run's runtime
 */
@Injectable()
export class SandboxService implements OnApplicationShutdown {
  private started?: Promise<Sandbox>;
  private resolver?: CredentialResolver;
  private closed = false;

  constructor(
    @Inject(SANDBOX_STARTER) private readonly start: SandboxStarter,
    @Inject(NODE_REGISTRY) private readonly registry: NodeRegistry,
  ) {}

  /** The process's simulators, started on first use (a failed start is tried again next time). */
  sandbox(): Promise<Sandbox> {
    if (this.closed)
      return Promise.reject(new Error('the server is shutting down; sandbox runs cannot start'));
    if (!this.started) {
      const t0 = performance.now();
      this.started = this.start().then(
        (sandbox) => {
          logger.info(
            { simulators: Object.keys(sandbox.baseUrls).length, ms: Math.round(performance.now() - t0) },
            'started the vendor simulators for sandbox runs',
          );
          return sandbox;
        },
        (error: unknown) => {
          this.started = undefined;
          throw new Error(
            `the vendor simulators for sandbox runs could not start: ${(error as Error).message}`,
          );
        },
      );
    }
    return this.started;
  }

  /**
   * Credentials for a sandbox run: simulator base URLs and the values the simulators accept. A
   * named credential keeps its name with a `sandbox:` prefix, so that sandbox runs never share a
   * rate-limit bucket (nor a credential's own limit) with the stored credential of that name.
   */
  async credentials(): Promise<CredentialResolver> {
    const sandbox = await this.sandbox();
    if (!this.resolver) {
      const simulators = sandboxCredentials(this.registry, sandbox);
      this.resolver = {
        resolve: (ref) => simulators.resolve({ ...ref, id: `sandbox:${ref.id}` }),
        resolveMissing: simulators.resolveMissing,
      };
    }
    return this.resolver;
  }

  /** Whether the simulators are running in this process (tests, metrics). */
  get running(): boolean {
    return Boolean(this.started);
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    const started = this.started;
    this.started = undefined;
    this.resolver = undefined;
    const sandbox = await started?.catch(() => undefined);
    await sandbox?.stop();
  }
}
