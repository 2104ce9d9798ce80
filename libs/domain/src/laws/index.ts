export * from './privacy-law';
export * from './law-table';
export * from './law-for';
export * from './appeal-window';
export { EU_EEA_COUNTRIES, LEAD_AUTHORITY_COUNTRIES, NATIONAL_AUTHORITIES } from './european-laws';
export { privacyLawsMarkdown } from './law-table.markdown';
export { citationIn } from './citation-words';
