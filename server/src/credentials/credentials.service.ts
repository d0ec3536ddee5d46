import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { CredentialResolver } from '@ainow/engine/runtime';
import type { CredentialType, NodeRegistry, ResolvedCredential } from '@ainow/engine/sdk';
import { ApiError } from '../common/api-error';
import { nowIso } from '../common/clock';
import { NODE_REGISTRY } from '../runs/run-job';
import { CredentialCipher } from './credential-cipher';
import { CredentialEntity } from './credential.entity';
import type { CreateCredentialInput, CredentialView, UpdateCredentialInput } from './dto/credential.dto';

export const CREDENTIAL_CIPHER = Symbol('CREDENTIAL_CIPHER');

/**
 * Stored credentials: encrypted at rest, secrets write-only through the API, decrypted only for
 * runs (the CredentialResolver port) and tests.
 */
@Injectable()
export class CredentialsService implements CredentialResolver {
  /** Rate-limit overrides by credential id, for the run's limiter. */
  readonly rateLimits = new Map<string, { requests: number; perMs: number } | null>();

  constructor(
    @InjectRepository(CredentialEntity) private readonly repo: Repository<CredentialEntity>,
    @Inject(CREDENTIAL_CIPHER) private readonly cipher: CredentialCipher,
    @Inject(NODE_REGISTRY) private readonly registry: NodeRegistry,
  ) {}

  async list(): Promise<CredentialView[]> {
    return (await this.repo.find({ order: { createdAt: 'ASC' } })).map((row) => this.view(row));
  }

  async get(id: string): Promise<CredentialView> {
    return this.view(await this.row(id));
  }

  async create(input: CreateCredentialInput, userId: string): Promise<CredentialView> {
    this.typeOf(input.type);
    const now = nowIso();
    const row: CredentialEntity = {
      id: randomUUID(),
      name: input.name,
      type: input.type,
      data: this.cipher.encrypt(input.values),
      rateLimit: input.rateLimit ?? null,
      createdBy: userId,
      createdAt: now,
      updatedAt: now,
    };
    await this.repo.insert(row);
    return this.view(row);
  }

  async update(id: string, input: UpdateCredentialInput): Promise<CredentialView> {
    const row = await this.row(id);
    if (input.name) row.name = input.name;
    if (input.values) row.data = this.cipher.encrypt({ ...this.cipher.decrypt(row.data), ...input.values });
    if (input.rateLimit !== undefined) row.rateLimit = input.rateLimit;
    row.updatedAt = nowIso();
    await this.repo.save(row);
    this.rateLimits.delete(id);
    return this.view(row);
  }

  async remove(id: string): Promise<void> {
    const result = await this.repo.delete({ id });
    if (!result.affected) throw ApiError.notFound('credential', id);
  }

  async resolve(ref: { id: string; type: string }): Promise<ResolvedCredential> {
    const row = await this.repo.findOneBy({ id: ref.id });
    if (!row)
      throw new Error(`credential '${ref.id}' does not exist; choose another one in the node's settings`);
    if (row.type !== ref.type)
      throw new Error(`credential '${row.name}' is a ${row.type} credential, but the node needs ${ref.type}`);
    this.rateLimits.set(row.id, row.rateLimit);
    const values = this.cipher.decrypt(row.data);
    const baseUrl =
      typeof values.baseUrl === 'string' && values.baseUrl
        ? values.baseUrl
        : this.typeOf(row.type, false)?.baseUrl?.default;
    return { id: row.id, type: row.type, values, baseUrl };
  }

  /** The secret values of a credential (to redact them from stored step data). */
  secretValuesOf(credential: ResolvedCredential): string[] {
    const type = this.typeOf(credential.type, false);
    const names = type?.secretFields ?? Object.keys(credential.values);
    return names
      .map((name) => credential.values[name])
      .filter((v): v is string => typeof v === 'string' && v.length >= 4);
  }

  typeOf(name: string, required = true): CredentialType | undefined {
    const type = this.registry.credential(name);
    if (!type && required) {
      const known = this.registry.allCredentials().map((t) => t.name);
      throw ApiError.badRequest(
        'unknown_credential_type',
        `credential type '${name}' is not known${known.length ? `; known types: ${known.join(', ')}` : ''}`,
      );
    }
    return type;
  }

  private async row(id: string): Promise<CredentialEntity> {
    const row = await this.repo.findOneBy({ id });
    if (!row) throw ApiError.notFound('credential', id);
    return row;
  }

  private view(row: CredentialEntity): CredentialView {
    const values = this.cipher.decrypt(row.data);
    const secretNames = new Set(this.typeOf(row.type, false)?.secretFields ?? Object.keys(values));
    const shown: Record<string, unknown> = {};
    const secretsSet: string[] = [];
    for (const [key, value] of Object.entries(values)) {
      if (secretNames.has(key)) secretsSet.push(key);
      else shown[key] = value;
    }
    return {
      id: row.id,
      name: row.name,
      type: row.type,
      values: shown,
      secretsSet,
      rateLimit: row.rateLimit,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  }
}
