export * from './simulator';
export * from './lead-data';
