/** The SendGrid simulator (`@ainow/nodes/simulators/sendgrid`). */
export * from './sendgrid.simulator';
export * from './event-webhook.signer';
export type { SendGridFieldError } from './mail-send.validation';
