/**
 * Helpers the vendor nodes share: vendor error mapping, sending a request with its error
 * mapping, list parameters and optional form fields.
 */
export * from './vendor-error';
export * from './http-failure';
export * from './vendor-request';
export * from './list-value';
export * from './optional-props';
