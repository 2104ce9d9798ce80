import { noticeTemplate } from '../notice-catalogue';
import { NoticeFacts } from '../notice-content';

const requestCompletedEn = noticeTemplate('request_completed', 'en');
const requestCompletedEs = noticeTemplate('request_completed', 'es');

const facts: NoticeFacts = {
  reference: 'RD-ABCD-EFGH',
  receivedOn: '2026-11-25',
  companyName: 'Example Shop',
  contactEmail: 'privacy@example.com',
  requestType: 'delete',
  outcomes: [
    { label: 'Sessions.', kind: 'deleted', rows: 1200 },
    { label: 'Customer accounts.', kind: 'deidentified', rows: 1 },
    { label: 'Orders.', kind: 'retained', rows: 3, period: 'P7Y', reason: 'Tax records.' },
  ],
};

describe('request_completed notice', () => {
  it('says, for a deletion, what was erased, de-identified and kept and why', () => {
    const notice = requestCompletedEn(facts);
    expect(notice.subject).toBe('Your request to delete your data RD-ABCD-EFGH is complete');
    expect(notice.table?.rows).toEqual([
      ['Sessions.', 'Deleted (1,200)'],
      ['Customer accounts.', 'Kept without anything that identifies you (1)'],
      ['Orders.', 'Kept for 7 years: Tax records.'],
    ]);
    expect(notice.paragraphs.join(' ')).toMatch(/cannot be read back as your email address/);
  });

  it('tells a person without email of no mailing-list note, since none is kept for them', () => {
    for (const render of [requestCompletedEn, requestCompletedEs]) {
      const notice = render({ ...facts, byPost: true, withoutEmail: true });
      expect(notice.paragraphs.join(' ')).not.toMatch(
        /your email address|listas de correo|mailing lists/,
      );
    }
  });

  it('says so when nothing was held, in Spanish too', () => {
    const notice = requestCompletedEs({ ...facts, requestType: 'correct', outcomes: [] });
    expect(notice.subject).toBe(
      'Su solicitud para corregir sus datos RD-ABCD-EFGH se ha completado',
    );
    expect(notice.table).toBeUndefined();
    expect(notice.paragraphs.join(' ')).toMatch(/no encontramos la información/);
  });

  it('names the processors told and the tasks done by hand (GDPR Art. 19)', () => {
    const told = {
      ...facts,
      outcomes: [
        {
          label: 'Mailing lists.',
          kind: 'told' as const,
          rows: 0,
          recipient: 'Email delivery service',
        },
        { label: 'Paper letters.', kind: 'handled' as const, rows: 0 },
      ],
    };
    expect(requestCompletedEn(told).table?.rows).toEqual([
      ['Mailing lists.', 'Told Email delivery service: done'],
      ['Paper letters.', 'Done by our staff'],
    ]);
    expect(requestCompletedEs(told).table?.rows).toEqual([
      ['Mailing lists.', 'Avisamos a Email delivery service: hecho'],
      ['Paper letters.', 'Hecho por nuestro personal'],
    ]);
  });
});
