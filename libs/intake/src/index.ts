export * from './submit-request.schema';
export * from './submit-request.use-case';
