export * from './request-kinds';
export * from './regime';
export * from './calendar-date';
export * from './due-date';
export * from './request-reference';
export * from './domain-error';
