import type { FakeLead } from '../kit';

/**
 * What the NeverBounce simulator answers for an address (vendor-contracts.md 5.1): the shared
 * fake leads keep their status; `<result>@anything` (e.g. `catchall@example.com`) forces a
 * result; bad syntax is invalid; throwaway domains are disposable; the rest are valid.
 */
export type NeverBounceResult = 'valid' | 'invalid' | 'disposable' | 'catchall' | 'unknown';

export interface NeverBounceVerdict {
  result: NeverBounceResult;
  flags: string[];
  suggested_correction: string;
  address_info: Record<string, string>;
}

const RESULTS: NeverBounceResult[] = ['valid', 'invalid', 'disposable', 'catchall', 'unknown'];
const DISPOSABLE = ['mailinator.com', 'guerrillamail.com', '10minutemail.com', 'trashmail.com'];
const FREE = ['gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'icloud.com'];
const ROLES = ['info', 'sales', 'support', 'admin', 'contact', 'hello', 'team'];
const TYPOS: Record<string, string> = {
  'gmial.com': 'gmail.com',
  'gmal.com': 'gmail.com',
  'hotmial.com': 'hotmail.com',
};
const FLAGS: Record<NeverBounceResult, string[]> = {
  valid: ['has_dns', 'has_dns_mx', 'smtp_connectable'],
  invalid: ['has_dns', 'has_dns_mx'],
  disposable: ['has_dns', 'has_dns_mx', 'disposable_email'],
  catchall: ['has_dns', 'has_dns_mx', 'smtp_connectable', 'accepts_all'],
  unknown: ['has_dns', 'has_dns_mx', 'connect_fails'],
};

function addressInfo(email: string): Record<string, string> {
  const [addr = '', host = ''] = email.split('@');
  const parts = host.split('.');
  return {
    original: email,
    normalized: email.toLowerCase(),
    addr,
    alias: addr.includes('+') ? addr.slice(addr.indexOf('+') + 1) : '',
    host,
    fqdn: host,
    domain: parts.length >= 2 ? parts[parts.length - 2] : host,
    subdomain: parts.length > 2 ? parts.slice(0, -2).join('.') : '',
    tld: parts.length >= 2 ? parts[parts.length - 1] : '',
  };
}

export function verdictFor(email: string, leads: FakeLead[]): NeverBounceVerdict {
  const normalized = email.trim().toLowerCase();
  const info = addressInfo(email.trim());
  if (!/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(normalized)) {
    return { result: 'invalid', flags: ['bad_syntax'], suggested_correction: '', address_info: info };
  }
  const [local, host] = normalized.split('@');
  const extra = [
    ...(FREE.includes(host) ? ['free_email_host'] : []),
    ...(ROLES.includes(local) ? ['role_account'] : []),
    ...(local.includes('+') ? ['contains_alias'] : []),
  ];
  if (TYPOS[host]) {
    return {
      result: 'invalid',
      flags: ['has_dns', 'spelling_mistake'],
      suggested_correction: `${local}@${TYPOS[host]}`,
      address_info: info,
    };
  }
  const forced = RESULTS.find((r) => r === local);
  const lead = leads.find((l) => l.email === normalized);
  const result: NeverBounceResult =
    forced ?? lead?.emailStatus ?? (DISPOSABLE.includes(host) ? 'disposable' : 'valid');
  return { result, flags: [...FLAGS[result], ...extra], suggested_correction: '', address_info: info };
}
