import { ROLES, type Role } from './user.entity';

/** Who is calling: the signed-in user or the owner of the API key. */
export interface Principal {
  userId: string;
  email: string;
  role: Role;
  via: 'session' | 'apiKey';
}

/** True when `role` may do what `needed` may do (owner > admin > editor > viewer). */
export function hasRole(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

declare module 'express-serve-static-core' {
  interface Request {
    principal?: Principal;
    rawBody?: Buffer;
  }
}
