export * from './requests.module';
export * from './request.repository';
export * from './new-request';
export * from './audit-trail';
export * from './queries';
export * from './audit-sealer';
export * from './residence-of';
export * from './audit-action-words';
