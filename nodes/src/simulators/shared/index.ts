/** Helpers the vendor simulators share (rate windows, parameter parsing). */
export * from './rate-window';
export * from './request-params';
