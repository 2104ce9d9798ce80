export { normaliseText, nameMatches, phoneMatches, postalAddressMatches } from './data-point-match';
export { JSON_SAFE_TYPES, jsonSafeRow, jsonSafeValue, type JsonSafeRow } from './json-safe-types';
export { buildLocateQuery } from './locate-query.builder';
export { PostgresConnector } from './postgres-connector';
export { quoteIdentifier } from './sql-identifier';
export type {
  DataPointMatch,
  DataPointMatches,
  SubjectIdentity,
  SubjectLocation,
} from './subject-identity';
export {
  buildSubjectQuery,
  type SubjectQuery,
  type SubjectQuerySelect,
} from './subject-query.builder';
