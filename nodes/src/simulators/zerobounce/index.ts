export * from './zerobounce.simulator';
