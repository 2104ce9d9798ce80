import { register } from 'tsconfig-paths';
import { compilerOptions } from '../../tsconfig.json';

/**
 * jest's moduleNameMapper does not apply to globalSetup, which runs outside jest's module
 * system: resolve the @rightsdesk/* aliases there the way tsc does.
 */
export function registerPathAliases(): void {
  register({ baseUrl: `${__dirname}/../..`, paths: compilerOptions.paths });
}
