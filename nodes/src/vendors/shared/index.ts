/** Helpers the vendor nodes share: vendor error mapping, list parameters and optional form fields. */
export * from './vendor-error';
export * from './list-value';
export * from './optional-props';
