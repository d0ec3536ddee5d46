import type { RunDocument } from './support/ainow-cli';

/**
 * What each template run must show under `ainow run FILE --sandbox`: the run's status, the items
 * that left the key steps (`itemsOut` by port, exactly), steps that must not run, and checks on
 * the final outputs. Keyed by run: `<template>` uses `examples/inputs/<template>.json` when it
 * exists, `<template>.<variant>` uses `examples/inputs/<template>.<variant>.json`.
 */
export interface TemplateExpectation {
  status: 'success' | 'waiting';
  steps: Record<string, Record<string, number>>;
  notRun?: string[];
  outputs?(outputs: Record<string, Array<Record<string, unknown>>>, doc: RunDocument): void;
}

const DAY_MS = 86_400_000;

export const EXPECTED: Record<string, TemplateExpectation> = {
  hello: {
    status: 'success',
    steps: { 'Sample leads': { main: 2 }, 'Is senior?': { true: 1, false: 1 } },
    outputs: (o) =>
      expect(o.priority).toEqual([expect.objectContaining({ name: 'Ada Lovelace', greeting: 'Hi Ada' })]),
  },
  'lead-scoring': {
    status: 'success',
    steps: { 'Past leads': { main: 600 }, 'Train lead score model': { main: 1 }, 'Score leads': { main: 4 } },
    outputs: (o) => {
      const scores = o.sort.map((lead) => Number(lead.score));
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(o.sort.map((lead) => lead.grade)).toEqual(expect.arrayContaining(['A']));
    },
  },
  'apollo-verify-hubspot': {
    status: 'success',
    steps: {
      'Find sales leaders': { main: 25 },
      'Reveal email': { main: 25 },
      'Has work email?': { main: 22 },
      'Verify email': { main: 22 },
      'Keep valid': { main: 16 },
      'Upsert HubSpot contact': { main: 16 },
    },
    outputs: (o) => {
      expect(o.upsert).toHaveLength(16);
      for (const contact of o.upsert)
        expect(contact).toMatchObject({ lifecyclestage: 'lead', email: expect.stringMatching(/@/) });
      expect(new Set(o.upsert.map((c) => c.email)).size).toBe(16);
    },
  },
  'inbound-form-routing': {
    status: 'success',
    steps: {
      'Deliverable?': { true: 1, false: 0 },
      'Route by company size': { enterprise: 1, smb: 0 },
      'Salesforce lead': { main: 1 },
    },
    notRun: ['Pipedrive person', 'Respond 422'],
    outputs: (o) =>
      expect(o.respond).toEqual([
        expect.objectContaining({
          ok: true,
          routedTo: 'salesforce',
          recordId: expect.stringMatching(/^00Q/),
        }),
      ]),
  },
  'inbound-form-routing.smb': {
    status: 'success',
    steps: {
      'Route by company size': { enterprise: 0, smb: 1 },
      'Pipedrive person': { main: 1 },
      'Pipedrive deal': { main: 1 },
    },
    notRun: ['Salesforce lead'],
    outputs: (o) => expect(o.respond).toEqual([expect.objectContaining({ ok: true, routedTo: 'pipedrive' })]),
  },
  'inbound-form-routing.undeliverable': {
    status: 'success',
    steps: { 'Deliverable?': { true: 0, false: 1 }, 'Respond 422': { main: 1 } },
    notRun: ['Enrich with Apollo', 'Respond 200'],
    outputs: (o) =>
      expect(o.reject).toEqual([
        { ok: false, error: 'Please use a valid work email address.', reason: 'do_not_mail' },
      ]),
  },
  'crm-lead-follow-up': {
    status: 'waiting',
    steps: {
      'New leads in HubSpot': { main: 10 },
      'Intro email': { main: 10 },
      'Mark attempted': { main: 10 },
    },
    notRun: ['Re-read contact', 'SMS follow-up'],
    outputs: (_, doc) => {
      expect(doc.steps.find((s) => s.name === 'Wait 3 days')?.status).toBe('waiting');
      const waitsMs = Date.parse(doc.waitUntil ?? '') - Date.now();
      expect(waitsMs).toBeGreaterThan(3 * DAY_MS - 120_000);
      expect(waitsMs).toBeLessThanOrEqual(3 * DAY_MS);
    },
  },
  'crm-lead-follow-up.no-wait': {
    status: 'success',
    steps: {
      'Wait 3 days': { main: 10 },
      'Re-read contact': { main: 10 },
      'No reply yet?': { true: 10, false: 0 },
      'SMS follow-up': { main: 10 },
    },
    outputs: (o) => {
      expect(o.sms).toHaveLength(10);
      for (const sms of o.sms) {
        expect(sms).toMatchObject({
          status: 'queued',
          from: '+15557122661',
          to: expect.stringMatching(/^\+1555/),
        });
        expect(sms.body).toMatch(
          /^Hi \w+, Sam from AI-Now here\. I emailed you on \w{3} \d{1,2} \w{3} .*Reply STOP to opt out\.$/,
        );
      }
    },
  },
  'sendgrid-engagement-to-hubspot': {
    status: 'success',
    steps: {
      'SendGrid email events': { main: 7 },
      'Skip repeated deliveries': { main: 6 },
      'Find contact': { main: 5 },
      'Log email event': { main: 5 },
      'What happened?': { clicked: 1, unreachable: 2 },
    },
    outputs: (o) => {
      expect(o.mql).toEqual([
        expect.objectContaining({
          email: 'katherine.thompson2@cyberdyne-security.com',
          lifecyclestage: 'marketingqualifiedlead',
          hs_lead_status: 'OPEN',
        }),
      ]);
      expect(o.lost.map((c) => [c.email, c.hs_lead_status])).toEqual([
        ['ken.lovelace4@initech.com', 'UNQUALIFIED'],
        ['dennis.lovelace5@northwind-analytics.com', 'UNQUALIFIED'],
      ]);
    },
  },
  'bulk-list-verify': {
    status: 'success',
    steps: {
      'Parse CSV': { main: 13 },
      'One row per email': { main: 12 },
      'Verify list (bulk job)': { main: 12 },
      'Deliverable?': { true: 7, false: 5 },
      'Write back to HubSpot': { main: 7 },
    },
    outputs: (o) => {
      expect(o.write.every((c) => c.isNew === true && c.lifecyclestage === 'lead')).toBe(true);
      expect(o.write.map((c) => c.company)).toContain('Wonka Retail, Inc.');
      expect(o.report).toEqual([
        expect.objectContaining({
          verdicts: ['unknown', 'disposable', 'invalid', 'disposable', 'invalid'],
          lines: [4, 8, 9, 12, 14],
        }),
      ]);
    },
  },
  'sms-stop-opt-out': {
    status: 'success',
    steps: {
      'Opt-out keyword?': { true: 1, false: 0 },
      'Find contact by phone': { main: 1 },
      'Mark do-not-contact': { main: 1 },
      'Add to suppression list': { main: 1 },
      'Log the opt-out': { main: 1 },
    },
    outputs: (o) => {
      expect(o.note).toEqual([
        expect.objectContaining({
          hs_note_body: expect.stringMatching(/^DO NOT CONTACT\. Replied "Stop" by SMS from \+15558536035/),
        }),
      ]);
    },
  },
  'sms-stop-opt-out.reply': {
    status: 'success',
    steps: { 'Opt-out keyword?': { true: 0, false: 1 }, 'Other replies': { main: 1 } },
    notRun: ['Find contact by phone', 'Add to suppression list'],
  },
};
