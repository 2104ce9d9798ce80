import { RequestStatus, RequestType } from '@rightsdesk/domain';
import { ConsentPurpose } from './consent-purposes';
import { KNOWN_CORRECTABLE_FIELDS, KnownCorrectableField } from './correctable-fields';
import { Messages } from './messages';

/** Plain-words label for a request status, e.g. for emails and the status page. */
export function statusLabel(status: RequestStatus, t: Messages): string {
  return t.statusLabels[status];
}

/** Short title of a request type ("See your data"). */
export function requestTypeLabel(type: RequestType, t: Messages): string {
  return t.requestTypes[type].title;
}

/**
 * Label of a consent purpose. Purposes come from the data map, so one not yet translated shows
 * its own name in words rather than breaking the page.
 */
export function purposeLabel(purpose: string, t: Messages): string {
  return Object.hasOwn(t.purposes, purpose)
    ? t.purposes[purpose as ConsentPurpose].label
    : purpose.replace(/_/g, ' ');
}

/** Label of a correctable data-map field, with the same fallback as purposes. */
export function correctableFieldLabel(field: string, t: Messages): string {
  const isKnown = (KNOWN_CORRECTABLE_FIELDS as readonly string[]).includes(field);
  return isKnown ? t.correctableFields[field as KnownCorrectableField] : field.replace(/_/g, ' ');
}

/** Which of a person's records, by its kind: "Your billing address". */
export function recordKindLabel(kind: string, t: Messages): string {
  return Object.hasOwn(t.requestForm.recordKinds, kind)
    ? (t.requestForm.recordKinds as Record<string, string>)[kind]
    : kind.replace(/_/g, ' ');
}
