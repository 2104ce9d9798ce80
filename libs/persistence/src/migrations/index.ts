import { InitialSchema1764050000000 } from './1764050000000-initial-schema';
import { RequestLifecycle1764120000000 } from './1764120000000-request-lifecycle';

/** In the order they run. Listed as classes, not globs: globs break the bundled builds. */
export const MIGRATIONS = [InitialSchema1764050000000, RequestLifecycle1764120000000];
