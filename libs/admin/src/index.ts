export * from './policy-settings';
export * from './policy-settings-store';
export * from './data-map-store';
export * from './data-map-versions';
export * from './queue-health';
export * from './live-settings';
export * from './administration.providers';
export * from './live-schema';
