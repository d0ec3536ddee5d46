import { createHash, createHmac, randomUUID } from 'node:crypto';
import { NodeError, Prop, defineNode } from '@ainow/engine/sdk';
import { setPath } from '../shared/field-path';

/**
 * Hashes (MD5, SHA-1, SHA-256, SHA-512), signs with HMAC, or makes a random UUID, for each item.
 * Objects are hashed as their JSON text.
 *
 * @example
 * { "type": "core.crypto", "parameters": { "operation": "hash", "algorithm": "sha256", "value": "{{ $json.email }}", "outputField": "emailHash" } }
 */
const ALGORITHMS = ['md5', 'sha1', 'sha256', 'sha512'] as const;

export const cryptoNode = defineNode({
  type: 'core.crypto',
  version: 1,
  displayName: 'Crypto',
  description: 'Hashes or signs a value, or makes a random UUID',
  category: 'Utility',
  icon: 'key',
  effect: 'read',
  concurrency: 50,
  props: {
    operation: Prop.options({
      label: 'Operation',
      default: 'hash',
      options: [
        { value: 'hash', label: 'Hash' },
        { value: 'hmac', label: 'HMAC signature' },
        { value: 'uuid', label: 'Random UUID' },
      ],
    }),
    value: Prop.text({
      label: 'Value',
      placeholder: '{{ $json.email }}',
      showIf: { operation: ['hash', 'hmac'] },
    }),
    algorithm: Prop.options({
      label: 'Algorithm',
      default: 'sha256',
      showIf: { operation: ['hash', 'hmac'] },
      options: ALGORITHMS.map((a) => ({ value: a, label: a.toUpperCase().replace('SHA', 'SHA-') })),
    }),
    secret: Prop.text({ label: 'Secret', showIf: { operation: ['hmac'] } }),
    encoding: Prop.options({
      label: 'Encoding',
      default: 'hex',
      showIf: { operation: ['hash', 'hmac'] },
      options: [
        { value: 'hex', label: 'Hex' },
        { value: 'base64', label: 'Base64' },
      ],
    }),
    outputField: Prop.text({ label: 'Output field', help: 'Default: hash, hmac or uuid' }),
  },
  outputSample: { hash: '2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae' },
  async runItem(ctx, item) {
    const { operation = 'hash', value, algorithm = 'sha256', secret, encoding, outputField } = ctx.props;
    let result: string;
    if (operation === 'uuid') result = randomUUID();
    else {
      if (!ALGORITHMS.includes(algorithm)) {
        throw new NodeError(`unknown algorithm '${String(algorithm)}'; use ${ALGORITHMS.join(', ')}`);
      }
      const digestAs = encoding === 'base64' ? 'base64' : 'hex';
      const input =
        value === undefined || value === null
          ? ''
          : typeof value === 'string'
            ? value
            : JSON.stringify(value);
      if (operation === 'hash') result = createHash(algorithm).update(input, 'utf8').digest(digestAs);
      else if (operation === 'hmac') {
        if (!secret) throw new NodeError('HMAC needs a secret; set Secret');
        result = createHmac(algorithm, secret).update(input, 'utf8').digest(digestAs);
      } else throw new NodeError(`unknown operation '${String(operation)}'; use hash, hmac or uuid`);
    }
    const json = structuredClone(item.json);
    setPath(json, outputField?.trim() || operation, result);
    return item.binary ? { json, binary: item.binary } : { json };
  },
});
