export { AmbiguousPersonError } from './ambiguous-person.error';
export { columnShapeProblem, type ColumnShape } from './column-shape';
export {
  planConsentWithdrawal,
  type ConsentWithdrawalStep,
  type WithdrawnPurposes,
} from './consent-withdrawal-plan';
export { buildConsentWithdrawal } from './consent-withdrawal.builder';
export { countResidual } from './count-residual';
export { deleteOrder } from './delete-order';
export {
  eraseSubject,
  type ErasureOptions,
  type ErasureReceipt,
  type TableErasureReceipt,
} from './erase-subject';
export {
  ERASED_VALUE_LENGTH,
  erasedValue,
  HASHED_VALUE,
  MASKED_VALUE,
  MIN_HASH_KEY_BYTES,
  type ErasedCell,
} from './erased-value';
export {
  buildColumnShapesQuery,
  buildDeleteRowsQuery,
  buildLockRowsQuery,
  buildResidualCountQuery,
  buildUpdateRowsQuery,
  type ErasedRow,
} from './erasure.builder';
export { planErasure, type FieldErasureStep, type TableErasureStep } from './erasure-plan';
export { normaliseText, nameMatches, phoneMatches, postalAddressMatches } from './data-point-match';
export { JSON_SAFE_TYPES, jsonSafeRow, jsonSafeValue, type JsonSafeRow } from './json-safe-types';
export { buildLocateQuery } from './locate-query.builder';
export { personIdentityOf } from './person-identity';
export { PostgresConnector } from './postgres-connector';
export { quoteIdentifier } from './sql-identifier';
export type {
  DataPointMatch,
  DataPointMatches,
  SubjectIdentity,
  SubjectLocation,
} from './subject-identity';
export { mergeRoots, subjectKeys, type Queryable } from './subject-keys';
export {
  buildSubjectQuery,
  type SubjectQuery,
  type SubjectQuerySelect,
} from './subject-query.builder';
export {
  withdrawSubjectConsent,
  type ConsentReceipt,
  type TableConsentReceipt,
} from './withdraw-consent';
export { classifyAddress, isAllowedDestination, type AddressClass } from './address-class';
export {
  SIGNATURE_HEADER,
  SIGNATURE_TOLERANCE_SECONDS,
  signWebhookBody,
  verifyWebhookSignature,
  type SignatureCheck,
} from './webhook-signature';
export {
  MIN_WEBHOOK_SECRET_LENGTH,
  resolveWebhookEndpoints,
  type WebhookEndpoint,
  type WebhookEndpoints,
} from './webhook-endpoint';
export {
  WebhookClient,
  WebhookDestinationRefusedError,
  type WebhookAnswer,
  type WebhookClientOptions,
} from './webhook-client';
export { SourceRegistry, type PlannedSource, type ToldSystem } from './source-registry';
export { correctRows, type ChosenCorrection, type RecordCorrectionReceipt } from './correct-rows';
export {
  findCorrectionRows,
  shownColumns,
  type CorrectionRow,
  type RecordCorrection,
} from './correction-rows';
