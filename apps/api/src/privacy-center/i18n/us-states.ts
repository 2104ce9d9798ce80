// The names live with the other residence rules in the domain: reports name residences too.
export { US_STATE_NAMES, type UsStateCode, type UsStateNames } from '@rightsdesk/domain';
