export * from './message-catalogue';
export * from './catalogue-check';
export * from './cached-formats';
export * from './time-words';
export * from './spanish-register';
