export { DATA_CATEGORIES, DATA_CATEGORY_NAMES, type DataCategory } from './data-category';
export {
  dataMapSchema,
  SQL_IDENTIFIER,
  type DataMap,
  type DataMapField,
  type DataMapRecipient,
  NOTICE_ACTIONS,
  PERSON_IDENTIFIERS,
  type PersonIdentifier,
  type DataMapSystem,
  type ManualSystem,
  type NoticeAction,
  type PostgresSystem,
  type WebhookSystem,
  type DataMapTable,
  type DataPoints,
  type TableCorrection,
  type FieldCurrency,
  type PeopleText,
  type PeopleFreeText,
  textIn,
  SHOWN_AS,
  type ShownAs,
  type FieldDisclosure,
  type FieldErasure,
  type TableErasure,
  type TableLink,
} from './data-map.schema';
export {
  DataMapInvalidError,
  formatDataMapIssue,
  type DataMapIssue,
} from './data-map-invalid.error';
export { isIsoDuration, parseIsoDuration, type IsoDuration } from './iso-duration';
export {
  DATA_SOURCES,
  DATA_SOURCE_NAMES,
  LAWFUL_BASES,
  LAWFUL_BASIS_NAMES,
  type DataSource,
  type LawfulBasis,
} from './lawful-basis';
export {
  foreignKeysOf,
  linkedTables,
  linkPath,
  externalParents,
  externalRootKey,
  resolveLink,
  type ForeignKey,
  type ResolvedLink,
} from './link-graph';
export { parseDataMap } from './load-data-map';
export {
  checkPersonSearch,
  personSearchOf,
  searchedBy,
  type PersonColumns,
  type PersonSearch,
} from './person-search';
export { mappedSystem, systemsOf, type MappedSystem } from './mapped-system';
export type { MapIssue } from './map-issue';
export { readDataMapFile } from './read-data-map-file';
export {
  checkDataMap,
  validateDataMap,
  type DataMapCheck,
  type DataMapCheckOptions,
} from './validate-data-map';
export {
  correctionRules,
  type ContestedDataPoint,
  type CorrectableDataset,
  type CorrectionRules,
} from './correction-rules';
export { datasetLabel } from './dataset-label';
export { categoryWords, type PeopleLanguage } from './category-words';
export { checkPeopleLabels, checkShownAs, reachesPeople } from './check-labels';
export {
  formatDate,
  peopleWords,
  tableWords,
  type NamedRecord,
  type PeopleWords,
  type PeopleWordsOptions,
  type RecordWords,
} from './people-words';
export { diffDataMaps, describePath, type DataMapChange } from './diff-data-maps';
