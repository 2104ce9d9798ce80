import { companyClock } from './company-clock';
import { staffAlertEmail } from './staff-alert-words';

const consoleUrl = 'https://privacy.example.com/console';

describe(staffAlertEmail.name, () => {
  it('names one event in the subject, with the reference and the console link', () => {
    const email = staffAlertEmail(
      [{ kind: 'reply', requestId: 'r-1', reference: 'RD-AAAA-0001' }],
      {
        consoleUrl,
        digest: false,
      },
    );
    expect(email.subject).toBe('New reply: RD-AAAA-0001');
    expect(email.text).toContain('- RD-AAAA-0001 has a new reply from the person.');
    expect(email.text).toContain(`${consoleUrl}/requests/r-1`);
    expect(email.text).toContain(`${consoleUrl}/account`);
  });

  it('lists every event of a digest, counted in its subject', () => {
    const email = staffAlertEmail(
      [
        { kind: 'assigned', requestId: 'r-1', reference: 'RD-1' },
        { kind: 'due_soon', requestId: 'r-2', reference: 'RD-2' },
        { kind: 'code_limit', requestId: 'r-3', reference: 'RD-3' },
      ],
      { consoleUrl, digest: true, day: '2026-12-08' },
    );
    expect(email.subject).toBe('Your Rightsdesk digest for 2026-12-08: 3 updates');
    expect(email.text.split('\n').filter((line) => line.startsWith('- '))).toEqual([
      '- RD-1 was assigned to you.',
      '- RD-2 is due soon.',
      '- Someone asked for many codes for one person: reference RD-3.',
    ]);
  });
});

describe(companyClock.name, () => {
  it.each([
    // 07:59 in Los Angeles is 15:59 UTC in winter; the day there is still the 8th.
    ['2026-12-08T15:59:00Z', 'America/Los_Angeles', '2026-12-08', 7],
    ['2026-12-09T07:30:00Z', 'America/Los_Angeles', '2026-12-08', 23],
    ['2026-12-08T23:30:00Z', 'Europe/Berlin', '2026-12-09', 0],
  ])('%s in %s is %s at hour %i', (instant, timeZone, day, hour) => {
    expect(companyClock(new Date(instant), timeZone)).toEqual({ day, hour });
  });
});
