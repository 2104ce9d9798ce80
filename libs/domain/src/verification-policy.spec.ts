import { REGIMES } from './request-kinds';
import {
  DEFAULT_VERIFICATION_POLICY,
  DataPoint,
  DataPointMatch,
  VerificationEvidence,
  VerificationRequest,
  assessVerification,
} from './verification-policy';
import { verificationReason } from './verification-reasons';

type Points = Partial<Record<DataPoint, DataPointMatch>>;
const NONE: Points = {};
const ONE: Points = { name: 'matched' };
const TWO: Points = { name: 'matched', phone: 'matched' };
const THREE: Points = { name: 'matched', phone: 'matched', postal_address: 'matched' };
const ONLY_NAME_HELD: Points = {
  name: 'matched',
  phone: 'not_held',
  postal_address: 'not_held',
  last_order_number: 'not_held',
};
const STALE_PHONE: Points = { ...THREE, phone: 'not_matched', last_order_number: 'matched' };
const TWO_WRONG: Points = { ...THREE, phone: 'not_matched', postal_address: 'not_matched' };
const COPY = { scope: 'copy' } as const;
const CATEGORIES = { scope: 'categories' } as const;
const NOT_SENSITIVE = { sensitivity: 'not_sensitive' } as const;
const PHONE_CONTESTED = { contested: ['phone'] as DataPoint[] } as const;
const SIGNED = { signedDeclaration: true } as const;
const FINAL = { final: true } as const;
const DOUBT = { reasonableDoubt: true } as const;

const code = (
  emailCodeConfirmed: boolean,
  dataPoints: Points,
  more: Partial<VerificationEvidence> = {},
) => ({ emailCodeConfirmed, dataPoints, ...more }) satisfies VerificationEvidence;

// Types x regimes x match combinations:
// [type, regime, request extras, evidence, outcome, tier required, tier reached, score]
// prettier-ignore
const CASES = [
  // No proof may be asked for consent withdrawal, opt-out, limit (regs 7026; GDPR 7(3)).
  ['withdraw_consent', 'ccpa', {}, code(false, NONE), 'verified', 'none', 'none', 0],
  ['withdraw_consent', 'gdpr', {}, code(false, NONE), 'verified', 'none', 'none', 0],
  ['opt_out_sale_sharing', 'ccpa', {}, code(false, NONE), 'verified', 'none', 'none', 0],
  ['limit_sensitive_use', 'ccpa', {}, code(false, NONE), 'verified', 'none', 'none', 0],
  ['appeal', 'vcdpa', {}, code(false, NONE), 'verified', 'none', 'none', 0],
  // Categories: a reasonable degree, two points (the confirmed email is one).
  ['access', 'ccpa', CATEGORIES, code(true, ONE), 'verified', 'reasonable', 'reasonable', 2],
  ['access', 'ccpa', CATEGORIES, code(true, NONE), 'needs_more', 'reasonable', 'email_code', 1],
  ['access', 'ccpa', CATEGORIES, code(false, TWO), 'needs_more', 'reasonable', 'none', 2],
  ['access', 'ccpa', CATEGORIES, code(true, ONLY_NAME_HELD), 'verified', 'reasonable', 'reasonable', 2],
  ['access', 'vcdpa', CATEGORIES, code(true, ONE), 'verified', 'reasonable', 'reasonable', 2],
  // Copy: reasonably high, three points and the declaration under the CCPA.
  ['access', 'ccpa', COPY, code(true, TWO, SIGNED), 'verified', 'reasonably_high', 'reasonably_high', 3],
  ['access', 'ccpa', COPY, code(true, TWO), 'needs_more', 'reasonably_high', 'reasonably_high', 3],
  ['access', 'ccpa', COPY, code(true, ONE, SIGNED), 'needs_more', 'reasonably_high', 'reasonable', 2],
  ['access', 'ccpa', COPY, code(true, ONE, { ...SIGNED, ...FINAL }), 'verified_with_fallback', 'reasonably_high', 'reasonable', 2],
  ['access', 'ccpa', COPY, code(true, TWO, FINAL), 'verified_with_fallback', 'reasonably_high', 'reasonably_high', 3],
  ['access', 'ccpa', COPY, code(true, ONLY_NAME_HELD, SIGNED), 'verified_with_fallback', 'reasonably_high', 'reasonable', 2],
  ['access', 'ccpa', COPY, code(true, NONE, FINAL), 'unverifiable', 'reasonably_high', 'email_code', 1],
  // Other US laws: the same tiers, no declaration, no categories fallback.
  ['access', 'vcdpa', COPY, code(true, TWO), 'verified', 'reasonably_high', 'reasonably_high', 3],
  ['access', 'tdpsa', COPY, code(true, ONE, FINAL), 'unverifiable', 'reasonably_high', 'reasonable', 2],
  // GDPR: the email code suffices unless there is reasonable doubt (Arts 11(2), 12(6)).
  ['access', 'gdpr', COPY, code(true, NONE), 'verified', 'email_code', 'email_code', 1],
  // A UK resident is under the UK GDPR, whose Art. 12(6) is the same: the emailed code suffices.
  ['access', 'uk_gdpr', COPY, code(true, NONE), 'verified', 'email_code', 'email_code', 1],
  // A Japanese resident is under the company's policy, not the GDPR: the US-style tiers apply.
  ['access', 'company_policy', COPY, code(true, NONE), 'needs_more', 'reasonably_high', 'email_code', 1],
  ['delete', 'gdpr', {}, code(true, NONE), 'verified', 'email_code', 'email_code', 1],
  ['correct', 'gdpr', {}, code(true, NONE), 'verified', 'email_code', 'email_code', 1],
  ['restrict', 'gdpr', {}, code(true, NONE), 'verified', 'email_code', 'email_code', 1],
  ['delete', 'gdpr', {}, code(false, NONE), 'needs_more', 'email_code', 'none', 0],
  ['delete', 'gdpr', {}, code(false, NONE, FINAL), 'unverifiable', 'email_code', 'none', 0],
  ['access', 'gdpr', COPY, code(true, NONE, DOUBT), 'needs_more', 'reasonably_high', 'email_code', 1],
  ['access', 'gdpr', COPY, code(true, TWO, DOUBT), 'verified', 'reasonably_high', 'reasonably_high', 3],
  ['access', 'gdpr', COPY, code(true, { name: 'not_matched' }), 'needs_more', 'reasonably_high', 'none', 0],
  // Delete and correct by sensitivity: reasonably high by default, reasonable if not sensitive.
  ['delete', 'ccpa', {}, code(true, TWO), 'verified', 'reasonably_high', 'reasonably_high', 3],
  ['delete', 'ccpa', {}, code(true, ONE), 'needs_more', 'reasonably_high', 'reasonable', 2],
  ['delete', 'ccpa', {}, code(true, ONE, FINAL), 'unverifiable', 'reasonably_high', 'reasonable', 2],
  ['delete', 'ccpa', NOT_SENSITIVE, code(true, ONE), 'verified', 'reasonable', 'reasonable', 2],
  ['delete', 'cpa', {}, code(true, ONLY_NAME_HELD), 'unverifiable', 'reasonably_high', 'reasonable', 2],
  ['correct', 'ccpa', {}, code(true, TWO), 'verified', 'reasonably_high', 'reasonably_high', 3],
  ['correct', 'ctdpa', NOT_SENSITIVE, code(true, ONE), 'verified', 'reasonable', 'reasonable', 2],
  // A correction of the phone cannot be verified by the phone it disputes (regs 7060).
  ['correct', 'ccpa', PHONE_CONTESTED, code(true, TWO), 'needs_more', 'reasonably_high', 'reasonable', 2],
  ['correct', 'ccpa', PHONE_CONTESTED, code(true, THREE), 'verified', 'reasonably_high', 'reasonably_high', 3],
  // A contradiction costs a match; one stale point is tolerated, two are unverifiable.
  ['delete', 'ccpa', {}, code(true, STALE_PHONE), 'verified', 'reasonably_high', 'reasonably_high', 3],
  ['delete', 'ccpa', {}, code(true, TWO_WRONG), 'unverifiable', 'reasonably_high', 'none', 0],
  ['access', 'ccpa', CATEGORIES, code(true, TWO_WRONG), 'unverifiable', 'reasonable', 'none', 0],
  ['delete', 'gdpr', {}, code(true, TWO_WRONG), 'unverifiable', 'reasonably_high', 'none', 0],
] as const;

describe(assessVerification.name, () => {
  it.each(CASES)(
    '%s under %s %j with %j: %s (%s required, %s reached, score %d)',
    (type, regime, extras, evidence, outcome, required, reached, score) => {
      const request: VerificationRequest = { type, regime, ...extras };
      expect(assessVerification(request, evidence)).toMatchObject({
        outcome,
        required,
        reached,
        score,
      });
    },
  );

  it.each(REGIMES)('never asks for proof to withdraw consent under %s', (regime) => {
    const decision = assessVerification(
      { type: 'withdraw_consent', regime },
      code(false, TWO_WRONG),
    );
    expect(decision.outcome).toBe('verified');
  });

  it('says what is still missing', () => {
    expect(
      assessVerification({ type: 'access', regime: 'ccpa' }, code(false, NONE)).missing,
    ).toEqual(['email_code', 'data_points', 'signed_declaration']);
    expect(assessVerification({ type: 'access', regime: 'ccpa' }, code(true, TWO)).missing).toEqual(
      ['signed_declaration'],
    );
  });

  it('falls back to categories for a copy it cannot verify highly enough (regs 7024(a))', () => {
    const decision = assessVerification(
      { type: 'access', scope: 'copy', regime: 'ccpa' },
      code(true, ONE, { final: true }),
    );
    expect(decision).toMatchObject({
      outcome: 'verified_with_fallback',
      scope: 'categories',
      reason: {
        code: 'too_few_matches',
        text: expect.stringContaining('We will instead tell you the categories'),
      },
    });
  });

  it('denies an unverifiable delete with the reason in plain words (regs 7022(a))', () => {
    const decision = assessVerification(
      { type: 'delete', regime: 'ccpa' },
      code(true, ONE, { final: true }),
    );
    expect(decision.reason).toEqual({
      code: 'too_few_matches',
      text:
        'The details you gave do not match enough of what we hold about you to confirm your identity ' +
        'to the degree this request needs. So we cannot delete your personal information.',
    });
  });

  it('names contradicting data as the reason', () => {
    const decision = assessVerification({ type: 'correct', regime: 'ccpa' }, code(true, TWO_WRONG));
    expect(decision.reason?.code).toBe('contradicting_data');
    expect(decision.reason?.text).toContain('So we cannot correct your personal information.');
  });

  it('asks for the declaration when only it is missing', () => {
    const decision = assessVerification({ type: 'access', regime: 'ccpa' }, code(true, THREE));
    expect(decision).toMatchObject({
      outcome: 'needs_more',
      reason: { code: 'declaration_missing', text: expect.stringContaining('Please sign') },
    });
  });

  it('follows a company policy that asks more under the GDPR and less to delete', () => {
    const policy = {
      ...DEFAULT_VERIFICATION_POLICY,
      gdprEmailCodeSuffices: false,
      delete: { sensitive: 'reasonable', not_sensitive: 'reasonable' },
      maxContradictions: 0,
    } as const;
    expect(
      assessVerification({ type: 'delete', regime: 'gdpr' }, code(true, NONE), policy),
    ).toMatchObject({
      outcome: 'needs_more',
      required: 'reasonable',
    });
    expect(
      assessVerification({ type: 'delete', regime: 'ccpa' }, code(true, ONE), policy).outcome,
    ).toBe('verified');
    expect(
      assessVerification({ type: 'delete', regime: 'ccpa' }, code(true, STALE_PHONE), policy)
        .outcome,
    ).toBe('unverifiable');
  });
});

describe(verificationReason.name, () => {
  it.each([
    [
      'email_not_confirmed',
      'needs_more',
      'access',
      'en',
      'Please enter the code we sent to that address.',
    ],
    [
      'too_few_matches',
      'unverifiable',
      'delete',
      'es',
      'Por eso no podemos eliminar su información personal.',
    ],
    [
      'too_few_matches',
      'unverifiable',
      'correct',
      'es',
      'Por eso no podemos corregir su información personal.',
    ],
    ['declaration_missing', 'needs_more', 'access', 'es', 'Firme la declaración para continuar.'],
    ['too_few_matches', 'verified_with_fallback', 'access', 'es', 'le indicaremos las categorías'],
    ['contradicting_data', 'unverifiable', 'restrict', 'en', 'So we cannot act on your request.'],
  ] as const)('%s / %s / %s in %s', (reasonCode, outcome, type, language, words) => {
    expect(verificationReason(reasonCode, outcome, type, language)).toContain(words);
  });
});
