import type { FakeLead } from '../kit';

/**
 * What the ZeroBounce simulator answers for an address (vendor-contracts.md 6.1): ZeroBounce's
 * sandbox addresses (`valid@example.com`, `mailbox_not_found@example.com`, ...) cost no credit;
 * the shared fake leads keep their status; bad syntax is invalid; the rest are valid.
 */
const SANDBOX: Record<string, [string, string]> = {
  valid: ['valid', ''],
  invalid: ['invalid', 'mailbox_not_found'],
  mailbox_not_found: ['invalid', 'mailbox_not_found'],
  failed_syntax_check: ['invalid', 'failed_syntax_check'],
  no_dns_entries: ['invalid', 'no_dns_entries'],
  possible_typo: ['invalid', 'possible_typo'],
  catch_all: ['catch-all', ''],
  unknown: ['unknown', 'mail_server_did_not_respond'],
  greylisted: ['unknown', 'greylisted'],
  timeout_exceeded: ['unknown', 'timeout_exceeded'],
  spamtrap: ['spamtrap', ''],
  abuse: ['abuse', ''],
  donotmail: ['do_not_mail', 'global_suppression'],
  disposable: ['do_not_mail', 'disposable'],
  toxic: ['do_not_mail', 'toxic'],
  role_based: ['do_not_mail', 'role_based'],
};

const LEAD_STATUS: Record<FakeLead['emailStatus'], [string, string]> = {
  valid: ['valid', ''],
  invalid: ['invalid', 'mailbox_not_found'],
  catchall: ['catch-all', ''],
  unknown: ['unknown', 'mail_server_did_not_respond'],
  disposable: ['do_not_mail', 'disposable'],
};

const FREE = ['gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'icloud.com'];

/** `2026-04-27 13:47:23.980`, ZeroBounce's `processed_at` format. */
const processedAt = () => new Date().toISOString().replace('T', ' ').replace('Z', '');

export interface ZeroBounceVerdict {
  body: Record<string, unknown>;
  /** Sandbox addresses cost no credit. */
  free: boolean;
}

export function zeroBounceVerdict(email: string, leads: FakeLead[]): ZeroBounceVerdict {
  const address = email.trim().toLowerCase();
  const [account = '', domain = ''] = address.split('@');
  const sandbox = domain === 'example.com' ? SANDBOX[account] : undefined;
  const lead = leads.find((l) => l.email === address);
  const syntaxOk = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/.test(address);
  const [status, subStatus] =
    sandbox ??
    (!syntaxOk ? ['invalid', 'failed_syntax_check'] : lead ? LEAD_STATUS[lead.emailStatus] : ['valid', '']);
  const known = status === 'valid' || status === 'catch-all';
  return {
    free: Boolean(sandbox),
    body: {
      address: email,
      status,
      sub_status: subStatus,
      free_email: FREE.includes(domain),
      did_you_mean: domain === 'gmial.com' ? `${account}@gmail.com` : null,
      account: syntaxOk ? account : null,
      domain: syntaxOk ? domain : null,
      domain_age_days: syntaxOk ? '9692' : null,
      smtp_provider: syntaxOk ? domain.split('.')[0] : null,
      mx_found: syntaxOk ? 'true' : 'false',
      mx_record: syntaxOk ? `mx.${domain}` : null,
      firstname: lead?.firstName ?? null,
      lastname: lead?.lastName ?? null,
      gender: null,
      country: known && lead ? lead.country : null,
      region: null,
      city: known && lead ? lead.city : null,
      zipcode: null,
      processed_at: processedAt(),
    },
  };
}
