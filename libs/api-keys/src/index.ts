export * from './api-key-service';
export * from './api-keys.module';
