/**
 * A webhook path as stored and matched: no leading or trailing slashes.
 *
 * @example
 * normalisePath('/lead/'); // 'lead'
 */
export const normalisePath = (path: string): string => path.trim().replace(/^\/+|\/+$/g, '');
