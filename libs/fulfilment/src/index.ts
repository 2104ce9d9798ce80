export * from './encrypted-package-store';
export * from './disclosure';
export * from './source-registry';
export * from './access-package-writer';
export * from './collect-access-package.use-case';
export * from './data-point-matcher';
