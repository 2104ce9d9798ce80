export * from './job-catalogue';
export * from './job-defaults';
export * from './redis-connection';
export * from './outbox-relay';
export * from './periodic-task';
export * from './fulfilment-flow';
export * from './outbox-replay';
export * from './queue-health';
