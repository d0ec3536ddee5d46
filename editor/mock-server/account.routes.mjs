// The mock's account routes: owner setup, sign-in and out, the signed-in user, users (admin) and
// API keys, as server/src/auth/auth.controller.ts answers them.
import { randomUUID } from 'node:crypto';
import { HttpError } from './http-error.mjs';

const now = () => new Date().toISOString();
const publicUser = (u) => ({
  id: u.id,
  email: u.email,
  role: u.role,
  disabled: !!u.disabled,
  createdAt: u.createdAt,
});

function startSession(state, res, user) {
  const sid = randomUUID();
  state.sessions.set(sid, user.id);
  res.setHeader('set-cookie', `ainow_session=${sid}; Path=/; HttpOnly; SameSite=Lax`);
}

/** Routes in the shape of routes.mjs: [method, pattern, handler(ctx)]. */
export const accountRoutes = [
  ['GET', '/setup', ({ state }) => ({ needsSetup: state.users.length === 0 })],
  [
    'POST',
    '/setup',
    ({ state, body, res }) => {
      if (state.users.length)
        throw new HttpError(409, 'setup_done', 'The owner account already exists; log in instead.');
      if (!body?.email || !body?.password || body.password.length < 8)
        throw new HttpError(400, 'invalid_body', 'password: use at least 8 characters');
      const user = {
        id: randomUUID(),
        email: body.email,
        role: 'owner',
        password: body.password,
        createdAt: now(),
      };
      state.users.push(user);
      startSession(state, res, user);
      res.statusCode = 201;
      return { user: publicUser(user) };
    },
  ],
  [
    'POST',
    '/auth/login',
    ({ state, body, res }) => {
      const user = state.users.find(
        (u) => u.email === body?.email && u.password === body?.password && !u.disabled,
      );
      if (!user) throw new HttpError(401, 'invalid_login', 'email or password is wrong');
      startSession(state, res, user);
      return { user: publicUser(user), expiresAt: new Date(Date.now() + 7 * 864e5).toISOString() };
    },
  ],
  [
    'POST',
    '/auth/logout',
    ({ state, sid, res }) => {
      state.sessions.delete(sid);
      res.setHeader('set-cookie', 'ainow_session=; Path=/; HttpOnly; Max-Age=0');
      res.statusCode = 204;
    },
  ],
  [
    'GET',
    '/auth/me',
    ({ user }) => ({ userId: user.id, email: user.email, role: user.role, via: 'session' }),
  ],
  ['GET', '/users', ({ state }) => state.users.map(publicUser)],
  [
    'POST',
    '/users',
    ({ state, body, res }) => {
      if (!body?.email || !body?.password || body.password.length < 8)
        throw new HttpError(400, 'invalid_body', 'password: use at least 8 characters');
      const u = {
        id: randomUUID(),
        email: body.email,
        role: body.role ?? 'editor',
        password: body.password,
        createdAt: now(),
      };
      state.users.push(u);
      res.statusCode = 201;
      return publicUser(u);
    },
  ],
  [
    'PATCH',
    '/users/:id',
    ({ state, params, body }) => {
      const u = state.users.find((x) => x.id === params.id);
      if (!u) throw new HttpError(404, 'not_found', `no user has id '${params.id}'`);
      if (u.role === 'owner')
        throw new HttpError(400, 'owner', 'the owner keeps the owner role and cannot be disabled');
      if (body?.role) u.role = body.role;
      if (typeof body?.disabled === 'boolean') u.disabled = body.disabled;
      return publicUser(u);
    },
  ],
  [
    'DELETE',
    '/users/:id',
    ({ state, params, user, res }) => {
      const i = state.users.findIndex((x) => x.id === params.id);
      if (i < 0) throw new HttpError(404, 'not_found', `user '${params.id}' does not exist`);
      if (state.users[i].role === 'owner')
        throw new HttpError(403, 'forbidden', 'the owner cannot be deleted');
      if (params.id === user.id) throw new HttpError(403, 'forbidden', 'you cannot delete your own user');
      state.users.splice(i, 1);
      for (const [sid, userId] of state.sessions) if (userId === params.id) state.sessions.delete(sid);
      res.statusCode = 204;
    },
  ],
  ['GET', '/api-keys', ({ state }) => [...state.apiKeys.values()].map(({ key, ...k }) => k)],
  [
    'POST',
    '/api-keys',
    ({ state, body, res }) => {
      const key = `ank_${randomUUID().replace(/-/g, '')}`;
      const k = {
        id: randomUUID(),
        label: body?.label ?? 'key',
        prefix: key.slice(0, 8),
        createdAt: now(),
        lastUsedAt: null,
        key,
      };
      state.apiKeys.set(k.id, k);
      res.statusCode = 201;
      return k;
    },
  ],
  [
    'DELETE',
    '/api-keys/:id',
    ({ state, params, res }) => {
      state.apiKeys.delete(params.id);
      res.statusCode = 204;
    },
  ],
];
