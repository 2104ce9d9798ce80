export * from './secret-tokens';
export * from './rate-limiter';
export * from './verification-settings';
export * from './verification-challenges';
export * from './issue-verification.use-case';
export * from './find-request.use-case';
export * from './code-throttle';
export * from './verification.module';
