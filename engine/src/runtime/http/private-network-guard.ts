import { BlockList, isIP } from 'node:net';
import { lookup } from 'node:dns/promises';
import { NodeError } from '../../sdk/errors';

const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv4');
}
blocked.addAddress('::1', 'ipv6');
blocked.addAddress('::', 'ipv6');
blocked.addSubnet('fc00::', 7, 'ipv6');
blocked.addSubnet('fe80::', 10, 'ipv6');

/** True when private and loopback addresses may be called (`AINOW_HTTP_ALLOW_PRIVATE_NETWORKS=true`). */
export function privateNetworksAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.AINOW_HTTP_ALLOW_PRIVATE_NETWORKS === 'true';
}

function isBlocked(address: string): boolean {
  const mapped = address.startsWith('::ffff:') ? address.slice(7) : address;
  const family = isIP(mapped) === 6 ? 'ipv6' : 'ipv4';
  return blocked.check(mapped, family);
}

/**
 * Refuses URLs whose host is, or resolves to, a private, loopback or link-local address, so that
 * a workflow cannot reach the server's own network (SSRF).
 */
export async function assertPublicUrl(url: URL): Promise<void> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  const bad = addresses.find(isBlocked);
  if (bad) {
    throw new NodeError(
      `${url.host} is a private or loopback address (${bad}); requests there are refused. ` +
        'An administrator can allow them with AINOW_HTTP_ALLOW_PRIVATE_NETWORKS=true.',
      { code: 'private_network' },
    );
  }
}
