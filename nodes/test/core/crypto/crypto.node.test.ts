import { runNode } from '@ainow/engine/testing';
import { cryptoNode } from '@ainow/nodes/core';

const run = async (props: Record<string, unknown>) =>
  (await runNode(cryptoNode, { props, items: [{ json: { keep: 1 } }] })).main[0].json;

describe('core.crypto', () => {
  it.each([
    [{ algorithm: 'md5', value: 'abc' }, '900150983cd24fb0d6963f7d28e17f72'],
    [{ algorithm: 'sha1', value: 'abc' }, 'a9993e364706816aba3e25717850c26c9cd0d89d'],
    [
      { algorithm: 'sha256', value: 'abc' },
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    ],
    [
      { algorithm: 'sha256', value: 'abc', encoding: 'base64' },
      'ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=',
    ],
    [{ algorithm: 'sha512', value: '' }, expect.stringMatching(/^cf83e135/)],
    [{ value: { b: 1 } }, expect.stringMatching(/^[0-9a-f]{64}$/)],
  ])('hashes %j', async (props, expected) => {
    const json = await run({ operation: 'hash', ...props });
    expect(json).toEqual({ keep: 1, hash: expected });
  });

  it('signs with HMAC (RFC 4231 test case 2)', async () => {
    const json = await run({
      operation: 'hmac',
      algorithm: 'sha256',
      secret: 'Jefe',
      value: 'what do ya want for nothing?',
      outputField: 'sig',
    });
    expect(json.sig).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  });

  it('makes a random UUID', async () => {
    const [a, b] = [await run({ operation: 'uuid' }), await run({ operation: 'uuid' })];
    expect(a.uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a.uuid).not.toBe(b.uuid);
  });

  it.each([
    [{ operation: 'hmac', value: 'x' }, /needs a secret/],
    [{ operation: 'hash', algorithm: 'crc32', value: 'x' }, /unknown algorithm/],
  ])('explains %j', async (props, message) => {
    await expect(run(props)).rejects.toThrow(message);
  });
});
