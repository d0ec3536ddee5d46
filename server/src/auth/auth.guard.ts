import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ApiError } from '../common/api-error';
import { AuthService } from './auth.service';
import { hasRole } from './principal';
import { PUBLIC_KEY, ROLE_KEY } from './roles.decorator';
import type { Role } from './user.entity';

export const SESSION_COOKIE = 'ainow_session';

/**
 * Runs on every route: finds the caller from `X-API-Key` (or `Authorization: Bearer ainow_…`) or
 * the session cookie, then checks the route's role. Routes marked `@Public()` skip the check.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const needed = this.reflector.getAllAndOverride<Role>(ROLE_KEY, targets) ?? 'viewer';
    const req = context.switchToHttp().getRequest<Request>();
    const bearer = /^Bearer\s+(ainow_\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const apiKey = (req.headers['x-api-key'] as string | undefined) ?? bearer;
    if (apiKey) {
      const principal = await this.auth.fromApiKey(apiKey);
      if (!principal)
        throw ApiError.unauthorized(
          'the API key is not valid; create one with POST /api/v1/api-keys',
          'invalid_api_key',
        );
      req.principal = principal;
    } else {
      const token = (req as Request & { cookies?: Record<string, string> }).cookies?.[SESSION_COOKIE];
      if (!token) throw ApiError.unauthorized();
      const principal = await this.auth.fromSession(token);
      if (principal === 'expired')
        throw ApiError.unauthorized('your session has expired; sign in again', 'session_expired');
      if (!principal)
        throw ApiError.unauthorized('the session is not valid; sign in again', 'invalid_session');
      req.principal = principal;
    }
    if (!hasRole(req.principal.role, needed)) {
      throw ApiError.forbidden(`this needs the ${needed} role or higher; you are ${req.principal.role}`);
    }
    return true;
  }
}
