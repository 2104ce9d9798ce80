export * from './message-catalogue';
export * from './catalogue-check';
