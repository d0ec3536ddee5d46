import { SetMetadata } from '@nestjs/common';
import type { Role } from './user.entity';

export const ROLE_KEY = 'ainow:role';
export const PUBLIC_KEY = 'ainow:public';

/**
 * The least role a route needs (default `viewer`: any signed-in user). Every route is checked.
 *
 * @example
 * @Roles('editor') @Post() create() {}
 */
export const Roles = (role: Role) => SetMetadata(ROLE_KEY, role);

/** A route anyone may call (setup, login, webhooks, health). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
