export * from './notice-content';
export * from './notice-catalogue';
export * from './render-email';
export * from './mail-transport';
export * from './render-notice.use-case';
export * from './send-notice.use-case';
export * from './completion-outcomes';
