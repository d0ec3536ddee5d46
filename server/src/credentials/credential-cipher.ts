import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { keyBytes } from '../config/env.schema';

/**
 * AES-256-GCM for stored credentials: `v1.<iv>.<tag>.<ciphertext>` in base64url. The key comes
 * from AINOW_ENCRYPTION_KEY or, on first start, is generated into `<data folder>/encryption.key`
 * with mode 0600. Every process of one instance must use the same key.
 *
 * @example
 * const cipher = new CredentialCipher(loadEncryptionKey(config));
 * cipher.decrypt(cipher.encrypt({ apiKey: 'k' })); // { apiKey: 'k' }
 */
export class CredentialCipher {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('the credential key must be 32 bytes');
  }

  encrypt(values: Record<string, unknown>): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const data = Buffer.concat([cipher.update(JSON.stringify(values), 'utf8'), cipher.final()]);
    return [
      'v1',
      iv.toString('base64url'),
      cipher.getAuthTag().toString('base64url'),
      data.toString('base64url'),
    ].join('.');
  }

  decrypt(text: string): Record<string, unknown> {
    const [version, iv, tag, data] = text.split('.');
    if (version !== 'v1' || !iv || !tag || data === undefined)
      throw new Error('stored credential data has an unknown format');
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      const plain = Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]);
      return JSON.parse(plain.toString('utf8')) as Record<string, unknown>;
    } catch {
      throw new Error(
        'a stored credential cannot be decrypted: AINOW_ENCRYPTION_KEY differs from the key it was saved with',
      );
    }
  }
}

export function loadEncryptionKey(config: { AINOW_ENCRYPTION_KEY?: string; dataDir: string }): Buffer {
  if (config.AINOW_ENCRYPTION_KEY) return keyBytes(config.AINOW_ENCRYPTION_KEY)!;
  const file = join(config.dataDir, 'encryption.key');
  if (existsSync(file)) {
    const key = keyBytes(readFileSync(file, 'utf8'));
    if (!key)
      throw new Error(
        `${file} does not hold a 32-byte key (64 hex characters); restore it or set AINOW_ENCRYPTION_KEY`,
      );
    return key;
  }
  mkdirSync(config.dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return key;
}
