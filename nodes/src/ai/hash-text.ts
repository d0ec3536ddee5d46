/**
 * FNV-1a 32-bit hash of a string: stable across machines and versions, used to hash text tokens
 * into feature buckets. Changing it would change every saved model's features.
 *
 * @example
 * hashText('title:vp'); // the same number everywhere
 */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
