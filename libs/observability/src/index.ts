export * from './redaction';
export * from './logger-options';
export * from './service-preflight';
export * from './prepare-process';
export * from './failpoint';
