export * from './config.schema';
export * from './config-error';
export * from './load-config';
export * from './config.module';
