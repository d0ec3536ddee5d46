// The mock's credential routes: secrets are write-only (never answered), as
// server/src/credentials/credentials.controller.ts does; "test" fails for values containing "bad".
import { randomUUID } from 'node:crypto';
import { catalog } from './catalog.mjs';
import { HttpError } from './http-error.mjs';

const now = () => new Date().toISOString();
const secretFieldsOf = (type) => catalog.credentials.find((t) => t.name === type)?.secretFields ?? [];
const publicCredential = (c) => ({
  id: c.id,
  name: c.name,
  type: c.type,
  values: Object.fromEntries(Object.entries(c.values).filter(([k]) => !secretFieldsOf(c.type).includes(k))),
  secretsSet: Object.keys(c.values).filter((k) => secretFieldsOf(c.type).includes(k)),
  rateLimit: null,
  createdAt: c.createdAt,
  updatedAt: c.updatedAt,
});

/** Routes in the shape of routes.mjs: [method, pattern, handler(ctx)]. */
export const credentialRoutes = [
  ['GET', '/credentials', ({ state }) => [...state.credentials.values()].map(publicCredential)],
  [
    'POST',
    '/credentials',
    ({ state, body, res }) => {
      if (!body?.name || !body?.type || typeof body.values !== 'object')
        throw new HttpError(400, 'invalid_body', 'a credential needs a name, a type and values');
      const c = {
        id: randomUUID(),
        name: body.name,
        type: body.type,
        values: body.values,
        createdAt: now(),
        updatedAt: now(),
      };
      state.credentials.set(c.id, c);
      res.statusCode = 201;
      return publicCredential(c);
    },
  ],
  ['GET', '/credentials/:id', ({ credential }) => publicCredential(credential)],
  [
    'PUT',
    '/credentials/:id',
    ({ credential, body }) =>
      publicCredential(
        Object.assign(credential, {
          name: body?.name ?? credential.name,
          values: { ...credential.values, ...(body?.values ?? {}) },
          updatedAt: now(),
        }),
      ),
  ],
  [
    'DELETE',
    '/credentials/:id',
    ({ state, credential, res }) => {
      state.credentials.delete(credential.id);
      res.statusCode = 204;
    },
  ],
  [
    'POST',
    '/credentials/:id/test',
    ({ credential }) =>
      Object.values(credential.values).some((v) => String(v).includes('bad'))
        ? { ok: false, message: 'the vendor answered 401: the API key was refused' }
        : { ok: true, message: 'connection works' },
  ],
];
