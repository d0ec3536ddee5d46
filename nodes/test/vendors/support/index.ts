export * from './test-http-client';
export * from './with-retries';
export * from './use-simulator';
