import { RequestStatus } from '@rightsdesk/domain';
import { ccpaTypeOf, denialCategory, responseNature } from './request-categories';

describe(denialCategory.name, () => {
  it.each<[RequestStatus, string | null, string | null]>([
    ['denied', 'unverifiable', 'unverifiable'],
    ['denied', ' Unverifiable ', 'unverifiable'],
    ['expired', null, 'unverifiable'], // never verified: regs 7102 counts it as unverifiable
    ['denied', 'not_a_consumer', 'not_consumer'],
    ['denied', 'not_consumer', 'not_consumer'],
    ['denied', 'exempt_legal_obligation', 'exempt'],
    ['denied', 'exempt', 'exempt'],
    // The bases an officer chooses on the request page (libs/review DENIAL_BASES):
    ['denied', 'identity_not_verified', 'unverifiable'],
    ['denied', 'legal_obligation', 'exempt'],
    ['denied', 'legal_claims', 'exempt'],
    ['denied', 'rights_of_others', 'exempt'],
    ['denied', 'manifestly_unfounded_or_excessive', 'other'],
    ['denied', 'information_accurate', 'other'],
    ['denied', 'no_response_to_request_for_information', 'other'],
    ['denied', 'appeal_refused', 'other'],
    ['denied', 'manifestly unfounded', 'other'],
    ['denied', null, 'other'],
    ['completed', null, null],
    ['cancelled', 'unverifiable', null],
    ['in_progress', null, null],
  ])('%s with basis %j is %j', (status, basis, expected) => {
    expect(denialCategory(status, basis)).toBe(expected);
  });
});

describe(responseNature.name, () => {
  it.each<[RequestStatus, boolean, string]>([
    ['completed', false, 'complied'],
    ['completed', true, 'complied_in_part'],
    ['denied', false, 'denied'],
    ['expired', false, 'expired_unverified'],
    ['cancelled', false, 'withdrawn'],
    ['pending_verification', false, 'open'],
    ['failed', false, 'open'],
  ])('%s (in part: %s) is %s', (status, inPart, expected) => {
    expect(responseNature(status, inPart)).toBe(expected);
  });
});

describe(ccpaTypeOf.name, () => {
  it.each([
    ['access', 'know'],
    ['delete', 'delete'],
    ['correct', 'correct'],
    ['withdraw_consent', 'opt_out'],
    ['opt_out_sale_sharing', 'opt_out'],
    ['limit_sensitive_use', 'limit'],
    ['appeal', null],
    ['restrict', null],
  ])('%s is counted as %j', (type, metric) => {
    expect(ccpaTypeOf(type)).toBe(metric);
  });
});
