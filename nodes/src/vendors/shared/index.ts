/** Helpers the vendor nodes share: vendor error mapping and list parameters. */
export * from './vendor-error';
export * from './list-value';
