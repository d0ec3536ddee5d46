import { AuthService } from '../../src/auth/auth.service';
import { cookieOf, helloWorkflow, OWNER, startTestServer, type TestServer } from '../support/test-server';

describe.each(['sqlite', 'postgres'] as const)('authentication and roles on %s', (kind) => {
  let server: TestServer;
  let viewerCookie: string;
  let editorCookie: string;
  beforeAll(async () => {
    server = await startTestServer(kind, { AINOW_LOGIN_MAX_ATTEMPTS: '3' });
    for (const [email, role] of [
      ['viewer@example.com', 'viewer'],
      ['editor@example.com', 'editor'],
    ]) {
      await server.http
        .post('/api/v1/users')
        .set('Cookie', server.ownerCookie)
        .send({ email, password: 'password123', role })
        .expect(201);
    }
    viewerCookie = cookieOf(
      (
        await server.http
          .post('/api/v1/auth/login')
          .send({ email: 'viewer@example.com', password: 'password123' })
          .expect(200)
      ).headers['set-cookie'],
    );
    editorCookie = cookieOf(
      (
        await server.http
          .post('/api/v1/auth/login')
          .send({ email: 'editor@example.com', password: 'password123' })
          .expect(200)
      ).headers['set-cookie'],
    );
  });
  afterAll(async () => server?.close());

  it('refuses a second setup once an owner exists', async () => {
    const res = await server.http
      .post('/api/v1/setup')
      .send({ email: 'x@example.com', password: 'password123' })
      .expect(409);
    expect(res.body.error.code).toBe('already_set_up');
  });

  it('sets an httpOnly session cookie at login', async () => {
    const res = await server.http.post('/api/v1/auth/login').send(OWNER).expect(200);
    expect(String(res.headers['set-cookie'])).toMatch(/ainow_session=.*HttpOnly/i);
  });

  it.each([
    ['no credentials', undefined, 'get', '/workflows', 401, 'unauthorized'],
    ['a viewer writing', 'viewer', 'post', '/workflows', 403, 'forbidden'],
    ['a viewer running', 'viewer', 'post', '/workflows/x/run', 403, 'forbidden'],
    ['an editor managing users', 'editor', 'get', '/users', 403, 'forbidden'],
    ['a viewer creating credentials', 'viewer', 'post', '/credentials', 403, 'forbidden'],
  ] as const)('answers %s with %i', async (_label, who, method, path, status, code) => {
    const before = (await server.http.get('/api/v1/workflows').set('Cookie', server.ownerCookie)).body.length;
    let req = server.http[method](`/api/v1${path}`);
    if (who) req = req.set('Cookie', who === 'viewer' ? viewerCookie : editorCookie);
    const res = await req.send(helloWorkflow());
    expect(res.status).toBe(status);
    expect(res.body.error.code).toBe(code);
    expect((await server.http.get('/api/v1/workflows').set('Cookie', server.ownerCookie)).body.length).toBe(
      before,
    );
  });

  it('lets a viewer read and an editor write', async () => {
    await server.http.get('/api/v1/workflows').set('Cookie', viewerCookie).expect(200);
    await server.http
      .post('/api/v1/workflows')
      .set('Cookie', editorCookie)
      .send(helloWorkflow('By editor'))
      .expect(201);
  });

  it('accepts an API key shown once, with the owner’s role, and refuses a wrong one', async () => {
    const created = await server.http
      .post('/api/v1/api-keys')
      .set('Cookie', server.ownerCookie)
      .send({ label: 'ci' })
      .expect(201);
    expect(created.body.key).toMatch(/^ainow_/);
    const listed = await server.http.get('/api/v1/api-keys').set('Cookie', server.ownerCookie).expect(200);
    expect(JSON.stringify(listed.body)).not.toContain(created.body.key);
    await server.http.get('/api/v1/users').set('X-API-Key', created.body.key).expect(200);
    const wrong = await server.http.get('/api/v1/workflows').set('X-API-Key', 'ainow_wrong').expect(401);
    expect(wrong.body.error.code).toBe('invalid_api_key');
  });

  it('answers an expired session with 401 session_expired', async () => {
    const login = await server.http.post('/api/v1/auth/login').send(OWNER).expect(200);
    const cookie = cookieOf(login.headers['set-cookie']);
    await server.app.get(AuthService).expireSession(decodeURIComponent(cookie.split('=')[1]));
    const res = await server.http.get('/api/v1/workflows').set('Cookie', cookie).expect(401);
    expect(res.body.error).toMatchObject({
      code: 'session_expired',
      message: expect.stringContaining('sign in again'),
    });
  });

  it('lets an admin delete a user, whose sessions and API keys stop working at once', async () => {
    const as = (cookie: string) => ({ Cookie: cookie });
    const signIn = async (email: string) =>
      cookieOf(
        (await server.http.post('/api/v1/auth/login').send({ email, password: 'password123' }).expect(200))
          .headers['set-cookie'],
      );
    const add = async (email: string, role: string) =>
      (
        await server.http
          .post('/api/v1/users')
          .set(as(server.ownerCookie))
          .send({ email, password: 'password123', role })
          .expect(201)
      ).body as { id: string };
    const leaving = await add('leaving@example.com', 'editor');
    const admin = await add('admin@example.com', 'admin');
    const leavingCookie = await signIn('leaving@example.com');
    const adminCookie = await signIn('admin@example.com');
    const key = (
      await server.http.post('/api/v1/api-keys').set(as(leavingCookie)).send({ label: 'mine' }).expect(201)
    ).body.key as string;
    await server.http.get('/api/v1/workflows').set('X-API-Key', key).expect(200);

    const byEditor = await server.http
      .delete(`/api/v1/users/${leaving.id}`)
      .set(as(editorCookie))
      .expect(403);
    expect(byEditor.body.error.code).toBe('forbidden');
    await server.http.delete(`/api/v1/users/${leaving.id}`).set(as(adminCookie)).expect(204);

    await server.http.get('/api/v1/workflows').set(as(leavingCookie)).expect(401);
    await server.http.get('/api/v1/workflows').set('X-API-Key', key).expect(401);
    const users = (await server.http.get('/api/v1/users').set(as(adminCookie)).expect(200)).body as Array<{
      email: string;
    }>;
    expect(users.map((u) => u.email)).not.toContain('leaving@example.com');
    const again = await server.http.delete(`/api/v1/users/${leaving.id}`).set(as(adminCookie)).expect(404);
    expect(again.body.error.code).toBe('not_found');

    const owner = users.find((u) => u.email === OWNER.email) as unknown as { id: string };
    const ownerRes = await server.http.delete(`/api/v1/users/${owner.id}`).set(as(adminCookie)).expect(403);
    expect(ownerRes.body.error.message).toContain('owner');
    const self = await server.http.delete(`/api/v1/users/${admin.id}`).set(as(adminCookie)).expect(403);
    expect(self.body.error.message).toContain('your own user');
    expect(((await server.http.get('/api/v1/users').set(as(adminCookie))).body as unknown[]).length).toBe(
      users.length,
    );
  });

  it('limits failed logins with 429 and Retry-After', async () => {
    for (let i = 0; i < 3; i++)
      await server.http
        .post('/api/v1/auth/login')
        .send({ email: 'viewer@example.com', password: 'wrong-one' })
        .expect(401);
    const res = await server.http
      .post('/api/v1/auth/login')
      .send({ email: 'viewer@example.com', password: 'password123' })
      .expect(429);
    expect(res.body.error.code).toBe('too_many_logins');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('validates bodies with a clear 400', async () => {
    const res = await server.http
      .post('/api/v1/users')
      .set('Cookie', server.ownerCookie)
      .send({ email: 'nope', password: 'x', role: 'king' })
      .expect(400);
    expect(res.body.error.code).toBe('invalid_input');
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['email', 'password', 'role']),
    );
  });
});
