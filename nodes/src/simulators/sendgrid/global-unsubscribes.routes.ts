import type { SimRequest, SimResponse, SimRoute } from '../kit/simulator';
import { bodyObject } from '../shared';

/**
 * SendGrid's global unsubscribe list (Suppressions API, `/v3/asm/suppressions/global`): add
 * addresses (201 with the list added), look one up (the address, or `{}` when it is not on the
 * list, as SendGrid answers), and remove one (204). Addresses are kept lower-case.
 *
 * @example
 * const list = new Set<string>();
 * createSimulator('sendgrid', [...globalUnsubscribeRoutes(list, guarded)]);
 */
const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;

export function globalUnsubscribeRoutes(
  list: Set<string>,
  guarded: (handler: (req: SimRequest) => SimResponse) => (req: SimRequest) => SimResponse,
): SimRoute[] {
  const add = (req: SimRequest): SimResponse => {
    const emails = bodyObject(req)?.recipient_emails;
    if (!Array.isArray(emails) || emails.length === 0)
      return {
        status: 400,
        body: { errors: [{ field: 'recipient_emails', message: 'recipient_emails is required' }] },
      };
    const bad = emails.find((e) => typeof e !== 'string' || !EMAIL.test(e));
    if (bad !== undefined)
      return {
        status: 400,
        body: { errors: [{ field: 'recipient_emails', message: `${String(bad)} is not a valid email` }] },
      };
    for (const email of emails as string[]) list.add(email.toLowerCase());
    return { status: 201, body: { recipient_emails: emails } };
  };
  const path = '/v3/asm/suppressions/global';
  return [
    { method: 'POST', path, handle: guarded(add) },
    {
      method: 'GET',
      path: `${path}/:email`,
      handle: guarded((req) => {
        const email = req.params.email.toLowerCase();
        return { status: 200, body: list.has(email) ? { recipient_email: email } : {} };
      }),
    },
    {
      method: 'DELETE',
      path: `${path}/:email`,
      handle: guarded((req) => (list.delete(req.params.email.toLowerCase()), { status: 204 })),
    },
  ];
}
