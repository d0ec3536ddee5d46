import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, type Repository } from 'typeorm';
import { ApiError } from '../common/api-error';
import { nowIso } from '../common/clock';
import { SERVER_CONFIG, type ServerConfig } from '../config/config';
import { ApiKeyEntity } from './api-key.entity';
import type { CreateUserInput, SetupInput, UpdateUserInput } from './dto/auth.dto';
import { hashPassword, verifyPassword } from './password';
import type { Principal } from './principal';
import { SessionEntity } from './session.entity';
import { UserEntity, type Role } from './user.entity';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export interface PublicUser {
  id: string;
  email: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
}

const toPublic = (u: UserEntity): PublicUser => ({
  id: u.id,
  email: u.email,
  role: u.role,
  disabled: u.disabled,
  createdAt: u.createdAt,
});

/**
 * Users, sessions and API keys. Tokens and keys are random; only their SHA-256 is stored, so a
 * copy of the database does not let anyone sign in.
 */
@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @InjectRepository(ApiKeyEntity) private readonly apiKeys: Repository<ApiKeyEntity>,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
  ) {}

  async hasUsers(): Promise<boolean> {
    return (await this.users.count()) > 0;
  }

  /** Creates the first user, the owner; refused once any user exists. */
  async setup(input: SetupInput): Promise<PublicUser> {
    if (await this.hasUsers())
      throw ApiError.conflict(
        'already_set_up',
        'this instance already has an owner; sign in at POST /api/v1/auth/login',
      );
    return this.createUser({ ...input, role: 'owner' });
  }

  /** Headless installs: AINOW_OWNER_EMAIL / AINOW_OWNER_PASSWORD create the owner at start. */
  async ensureOwnerFromEnv(): Promise<void> {
    const { AINOW_OWNER_EMAIL: email, AINOW_OWNER_PASSWORD: password } = this.config;
    if (!email || !password || (await this.hasUsers())) return;
    await this.createUser({ email, password, role: 'owner' });
  }

  async createUser(input: { email: string; password: string; role: Role }): Promise<PublicUser> {
    const email = input.email.trim().toLowerCase();
    if (await this.users.findOneBy({ email }))
      throw ApiError.conflict('email_taken', `a user with email ${email} already exists`);
    const user = this.users.create({
      id: randomUUID(),
      email,
      passwordHash: await hashPassword(input.password),
      role: input.role,
      disabled: false,
      createdAt: nowIso(),
    });
    await this.users.insert(user);
    return toPublic(user);
  }

  async addUser(input: CreateUserInput): Promise<PublicUser> {
    return this.createUser(input);
  }

  async listUsers(): Promise<PublicUser[]> {
    return (await this.users.find({ order: { createdAt: 'ASC' } })).map(toPublic);
  }

  async updateUser(id: string, input: UpdateUserInput): Promise<PublicUser> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw ApiError.notFound('user', id);
    if (user.role === 'owner') throw ApiError.forbidden('the owner cannot be changed or disabled');
    Object.assign(user, input);
    await this.users.save(user);
    if (input.disabled) await this.sessions.delete({ userId: id });
    return toPublic(user);
  }

  /**
   * Removes a user with their sessions and API keys, in one transaction. The owner and the caller
   * themselves cannot be removed. What they saved (workflow versions, credentials) stays.
   */
  async deleteUser(id: string, callerId: string): Promise<void> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw ApiError.notFound('user', id);
    if (user.role === 'owner') throw ApiError.forbidden('the owner cannot be deleted');
    if (user.id === callerId) throw ApiError.forbidden('you cannot delete your own user; ask another admin');
    await this.users.manager.transaction(async (m) => {
      await m.delete(SessionEntity, { userId: id });
      await m.delete(ApiKeyEntity, { userId: id });
      await m.delete(UserEntity, { id });
    });
  }

  /** Checks the password and starts a session; returns the cookie token. */
  async login(
    email: string,
    password: string,
  ): Promise<{ token: string; user: PublicUser; expiresAt: string }> {
    const user = await this.users.findOneBy({ email: email.trim().toLowerCase() });
    const ok = user && !user.disabled && (await verifyPassword(password, user.passwordHash));
    if (!user || !ok) throw ApiError.unauthorized('email or password is wrong', 'invalid_credentials');
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.AINOW_SESSION_TTL_HOURS * 3_600_000).toISOString();
    await this.sessions.insert({ id: sha256(token), userId: user.id, expiresAt, createdAt: nowIso() });
    await this.sessions.delete({ expiresAt: LessThan(nowIso()) });
    return { token, user: toPublic(user), expiresAt };
  }

  async logout(token: string): Promise<void> {
    await this.sessions.delete({ id: sha256(token) });
  }

  /** The principal of a session cookie; `expired` when the session ran out. */
  async fromSession(token: string): Promise<Principal | 'expired' | undefined> {
    const session = await this.sessions.findOneBy({ id: sha256(token) });
    if (!session) return undefined;
    if (session.expiresAt < nowIso()) {
      await this.sessions.delete({ id: session.id });
      return 'expired';
    }
    const user = await this.users.findOneBy({ id: session.userId });
    if (!user || user.disabled) return undefined;
    return { userId: user.id, email: user.email, role: user.role, via: 'session' };
  }

  async fromApiKey(key: string): Promise<Principal | undefined> {
    const found = await this.apiKeys.findOneBy({ keyHash: sha256(key) });
    if (!found) return undefined;
    const user = await this.users.findOneBy({ id: found.userId });
    if (!user || user.disabled) return undefined;
    void this.apiKeys.update({ id: found.id }, { lastUsedAt: nowIso() });
    return { userId: user.id, email: user.email, role: user.role, via: 'apiKey' };
  }

  /** Creates an API key for the caller; the key itself is returned this once only. */
  async createApiKey(
    userId: string,
    label: string,
  ): Promise<{ id: string; label: string; key: string; prefix: string; createdAt: string }> {
    const key = `ainow_${randomBytes(24).toString('base64url')}`;
    const row = {
      id: randomUUID(),
      userId,
      label,
      keyHash: sha256(key),
      prefix: key.slice(0, 12),
      createdAt: nowIso(),
      lastUsedAt: null,
    };
    await this.apiKeys.insert(row);
    return { id: row.id, label, key, prefix: row.prefix, createdAt: row.createdAt };
  }

  async listApiKeys(userId: string): Promise<Array<Omit<ApiKeyEntity, 'keyHash'>>> {
    const keys = await this.apiKeys.find({ where: { userId }, order: { createdAt: 'ASC' } });
    return keys.map(({ keyHash: _hidden, ...rest }) => rest);
  }

  async deleteApiKey(userId: string, id: string): Promise<void> {
    const result = await this.apiKeys.delete({ id, userId });
    if (!result.affected) throw ApiError.notFound('API key', id);
  }

  /** Test hook and admin tool: ends a session now (used to check expired-session answers). */
  async expireSession(token: string): Promise<void> {
    await this.sessions.update({ id: sha256(token) }, { expiresAt: new Date(0).toISOString() });
  }
}
