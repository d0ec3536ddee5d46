/** The Mailgun simulator (`@ainow/nodes/simulators/mailgun`). */
export * from './mailgun.simulator';
export * from './mailgun-webhook.signer';
