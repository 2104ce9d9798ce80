import { FixtureRequest } from './report-fixtures';

/*
 * Known answers: every figure below is worked out by hand from these requests' calendar dates
 * (company time zone America/Los_Angeles; days to respond = calendar days from the date of
 * receipt to the date of the response, CCPA regs 7021(b), 7102(a)).
 */
export const KNOWN_ANSWER_REQUESTS: FixtureRequest[] = [
  // Know (access), CCPA. Days: 10, 20, 20, 20 (across the year end), 4, 51 (late).
  {
    reference: 'A1',
    status: 'completed',
    received: '2025-03-01 12:00',
    closed: '2025-03-11 12:00',
  },
  {
    reference: 'A2',
    status: 'completed',
    received: '2025-04-01 12:00',
    closed: '2025-04-21 12:00',
    // regs 7024(a): the copy fell back to categories, so complied with in part.
    details: { scope: 'categories', fallbackFrom: 'copy' },
  },
  {
    reference: 'A3',
    status: 'completed',
    received: '2025-05-01 12:00',
    closed: '2025-05-21 12:00',
  },
  // Received in December 2025, answered in January 2026: counts in 2025, 20 days.
  {
    reference: 'A4',
    status: 'completed',
    received: '2025-12-20 09:00',
    closed: '2026-01-09 09:00',
  },
  {
    reference: 'A5',
    status: 'denied',
    received: '2025-06-01 12:00',
    closed: '2025-06-05 12:00',
    denialBasis: 'unverifiable',
  },
  { reference: 'A6', status: 'pending_verification', received: '2025-07-01 12:00' },
  // 51 days, due after 45: late.
  {
    reference: 'A9',
    status: 'completed',
    received: '2025-09-15 12:00',
    closed: '2025-11-05 12:00',
  },
  // Open, due 2026-02-13: not overdue on 2026-01-10.
  { reference: 'A10', status: 'in_progress', received: '2025-12-30 12:00' },
  // Received 30 December 2024: belongs to 2024, although answered in 2025.
  {
    reference: 'A7',
    status: 'completed',
    received: '2024-12-30 12:00',
    closed: '2025-01-05 12:00',
  },
  {
    reference: 'A8',
    status: 'completed',
    received: '2026-01-02 12:00',
    closed: '2026-01-03 12:00',
  },
  // Delete, CCPA. Days 10, 10, 90, 10: sorted 10, 10, 10, 90, the middle two tie at 10.
  {
    reference: 'D1',
    type: 'delete',
    status: 'completed',
    received: '2025-02-01 12:00',
    closed: '2025-02-11 12:00',
    compliedInPart: true, // rows kept under a legal exception
  },
  {
    reference: 'D2',
    type: 'delete',
    status: 'denied',
    received: '2025-02-10 12:00',
    closed: '2025-02-20 12:00',
    denialBasis: 'exempt_legal_obligation',
  },
  // Denied, then appealed: the appeal is its own request and not counted as a deletion.
  {
    reference: 'AP1',
    type: 'appeal',
    status: 'completed',
    received: '2025-02-25 12:00',
    closed: '2025-03-20 12:00',
    dueDays: 60,
    parent: 'D2',
  },
  // Extended once (45 + 45 days), answered on day 90: on time.
  {
    reference: 'D3',
    type: 'delete',
    status: 'completed',
    received: '2025-08-01 12:00',
    closed: '2025-10-30 12:00',
    dueDays: 45,
    extendedDueDays: 90,
  },
  // Never verified: expired after 10 days, which counts as denied as unverifiable.
  {
    reference: 'D4',
    type: 'delete',
    status: 'expired',
    received: '2025-09-01 12:00',
    closed: '2025-09-11 12:00',
  },
  // Correct, CCPA. Days 2 and 4; one withdrawn.
  {
    reference: 'C1',
    type: 'correct',
    status: 'denied',
    received: '2025-03-03 12:00',
    closed: '2025-03-05 12:00',
    denialBasis: 'not_a_consumer',
  },
  {
    reference: 'C2',
    type: 'correct',
    status: 'denied',
    received: '2025-04-04 12:00',
    closed: '2025-04-08 12:00',
    denialBasis: 'manifestly unfounded',
  },
  {
    reference: 'C3',
    type: 'correct',
    status: 'cancelled',
    received: '2025-05-05 12:00',
    closed: '2025-05-06 12:00',
  },
  // Consent withdrawal, CCPA: received 23:30 on 30 November local (7:30 UTC on 1 December),
  // answered 01:00 on 1 December local: 1 day on the company's calendar, 0 in UTC.
  {
    reference: 'W1',
    type: 'withdraw_consent',
    status: 'completed',
    received: '2025-11-30 23:30',
    closed: '2025-12-01 01:00',
  },
  // GDPR: only in the "all individuals" report.
  {
    reference: 'G1',
    regime: 'gdpr',
    status: 'completed',
    received: '2025-01-15 12:00',
    closed: '2025-02-14 12:00',
    dueMonths: 1,
  },
  {
    reference: 'W2',
    type: 'withdraw_consent',
    regime: 'gdpr',
    status: 'completed',
    received: '2025-06-10 09:00',
    closed: '2025-06-10 17:00',
    dueMonths: 1,
  },
];
