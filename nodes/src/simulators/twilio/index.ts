/** The Twilio simulator (`@ainow/nodes/simulators/twilio`). */
export * from './twilio.simulator';
export * from './twilio-request.signer';
export { segmentsOf, twilioError, type TwilioErrorBody } from './message-create.validation';
