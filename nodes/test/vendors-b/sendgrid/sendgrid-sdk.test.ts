import sgMail from '@sendgrid/mail';
import { createSendGridSimulator, type SendGridSimulator } from '@ainow/nodes/simulators/sendgrid';

/** The official @sendgrid/mail SDK pointed at the simulator (vendor-contracts §7.3, §15). */
let sim: SendGridSimulator;

beforeEach(async () => {
  sim = createSendGridSimulator({ apiKey: 'SG.sdk-key', rateLimit: { requests: 3, perMs: 60_000 } });
  await sim.start();
});
afterEach(() => sim.stop());

function client(apiKey = 'SG.sdk-key') {
  sgMail.setApiKey(apiKey);
  // setApiKey resets baseUrl, so the override must come after it.
  (
    sgMail as unknown as { client: { setDefaultRequest(key: string, value: string): void } }
  ).client.setDefaultRequest('baseUrl', `${sim.url()}/`);
  return sgMail;
}

const message = {
  to: 'ada@example.com',
  from: 'sales@acme.test',
  subject: 'Hello',
  text: 'Hi Ada',
  html: '<p>Hi Ada</p>',
  categories: ['outreach'],
  customArgs: { ainow_run_id: 'run_1' },
};

describe('@sendgrid/mail against the simulator', () => {
  it('sends mail and gets 202 with X-Message-Id and rate-limit headers', async () => {
    const [response] = await client().send(message);
    expect(response.statusCode).toBe(202);
    expect(response.headers['x-message-id']).toBe(sim.messages[0].xMessageId);
    expect(response.headers['x-ratelimit-limit']).toBe('3');
    expect(sim.messages[0]).toMatchObject({
      to: ['ada@example.com'],
      subject: 'Hello',
      customArgs: { ainow_run_id: 'run_1' },
    });
  });

  it('sends a dynamic template', async () => {
    await client().send({
      to: 'ada@example.com',
      from: 'sales@acme.test',
      templateId: sim.templates[0].id,
      dynamicTemplateData: { first_name: 'Ada' },
    });
    expect(sim.messages[0].dynamicTemplateData).toEqual({ first_name: 'Ada' });
  });

  it.each([
    ['a wrong key', 'SG.wrong', message, 401, /authorization grant is invalid/],
    ['a missing subject', 'SG.sdk-key', { ...message, subject: undefined }, 400, /subject is required/],
    [
      'non-string custom args',
      'SG.sdk-key',
      { ...message, customArgs: { index: 1 } },
      400,
      /Expected: string, given: integer/,
    ],
  ])('surfaces %s as a ResponseError', async (_name, key, msg, code, text) => {
    const error = (await client(key)
      .send(msg as never)
      .catch((e: unknown) => e)) as {
      code: number;
      response: { body: { errors: Array<{ message: string }> } };
    };
    expect(error.code).toBe(code);
    expect(error.response.body.errors[0].message).toMatch(text);
  });

  it('answers 429 with the SendGrid body and headers once the window is used up', async () => {
    const mail = client();
    for (let i = 0; i < 3; i++) await mail.send(message);
    const error = (await mail.send(message).catch((e: unknown) => e)) as {
      code: number;
      response: { headers: Record<string, string>; body: unknown };
    };
    expect(error.code).toBe(429);
    expect(error.response.body).toEqual({ errors: [{ field: null, message: 'too many requests' }] });
    expect(error.response.headers['x-ratelimit-remaining']).toBe('0');
  });
});
