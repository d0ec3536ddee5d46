import { ConfigError, loadConfig } from '../../src/config/config';

describe('configuration from the environment', () => {
  it('gives the embedded default with no variables', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 3000,
      database: 'sqlite',
      queueMode: false,
      AINOW_BODY_LIMIT: 1024 * 1024,
      publicUrl: 'http://localhost:3000',
    });
  });

  it('turns on PostgreSQL and queue mode from their URLs', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u@h:5432/db',
      REDIS_URL: 'redis://h:6379',
      AINOW_BODY_LIMIT: '16mb',
    });
    expect(config).toMatchObject({
      database: 'postgres',
      queueMode: true,
      AINOW_BODY_LIMIT: 16 * 1024 * 1024,
    });
  });

  it.each([
    ['PORT', 'abc', 'whole number'],
    ['PORT', '70000', 'at most 65535'],
    ['DATABASE_URL', 'mysql://x', 'PostgreSQL URL'],
    ['REDIS_URL', 'localhost:6379', 'Redis URL'],
    ['AINOW_ENCRYPTION_KEY', 'short', '32 bytes'],
    ['AINOW_OWNER_EMAIL', 'not-an-email', 'email address'],
    ['AINOW_BODY_LIMIT', 'lots', 'size such as'],
    ['AINOW_SECURE_COOKIES', 'maybe', 'true or false'],
    ['AINOW_LOG_LEVEL', 'loud', 'AINOW_LOG_LEVEL'],
  ])('names %s=%s and says what to use', (name, value, hint) => {
    let error: unknown;
    try {
      loadConfig({
        [name]: value,
        ...(name === 'AINOW_OWNER_EMAIL' ? { AINOW_OWNER_PASSWORD: 'password123' } : {}),
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain(`${name}=`);
    expect(message).toContain(hint);
  });

  it('reports every wrong variable at once', () => {
    expect(() => loadConfig({ PORT: 'x', REDIS_URL: 'nope' })).toThrow(/2 problem\(s\)/);
  });

  it('needs the owner password with the owner email', () => {
    expect(() => loadConfig({ AINOW_OWNER_EMAIL: 'a@example.com' })).toThrow(
      /AINOW_OWNER_PASSWORD must be set/,
    );
  });
});
