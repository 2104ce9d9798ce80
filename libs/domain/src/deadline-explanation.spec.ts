import { explainDueDate } from './deadline-explanation';
import { acknowledgementDueDate, appealDueDate, optOutDueDate, responseDueDate } from './due-date';

const LA = 'America/Los_Angeles';
const received = new Date('2026-11-25T17:00:00Z');

describe(explainDueDate.name, () => {
  it.each([
    [
      responseDueDate('ccpa', received, LA),
      'due 2027-01-09: 45 days from receipt on 2026-11-25 (CCPA regs 7021(b))',
      'vence el 2027-01-09: 45 días desde la recepción el 2026-11-25 (CCPA regs 7021(b))',
    ],
    [
      responseDueDate('gdpr', received, LA),
      'due 2026-12-25: one calendar month from receipt on 2026-11-25 (GDPR Art. 12(3))',
      'vence el 2026-12-25: un mes natural desde la recepción el 2026-11-25 (RGPD Art. 12(3))',
    ],
    [
      acknowledgementDueDate(received, LA),
      'acknowledge by 2026-12-11: 10 business days from receipt on 2026-11-25 (CCPA regs 7021(a))',
      'acusar recibo a más tardar el 2026-12-11: 10 días hábiles desde la recepción el 2026-11-25 (CCPA regs 7021(a))',
    ],
    [
      optOutDueDate('opt_out_sale_sharing', received, LA),
      'due 2026-12-18: 15 business days from receipt on 2026-11-25 (CCPA regs 7026(f))',
      'vence el 2026-12-18: 15 días hábiles desde la recepción el 2026-11-25 (CCPA regs 7026(f))',
    ],
    [
      appealDueDate('tdpsa', received, LA),
      'due 2027-01-24: 60 days from receipt of the appeal on 2026-11-25 (Tex. Bus. & Com. Code 541.053)',
      'vence el 2027-01-24: 60 días desde la recepción de la apelación el 2026-11-25 (Tex. Bus. & Com. Code 541.053)',
    ],
  ])('%#: English and Spanish', (due, en, es) => {
    expect(explainDueDate(due)).toBe(en);
    expect(due.explanation).toBe(en);
    expect(explainDueDate(due, 'es')).toBe(es);
  });

  it('renders singular periods', () => {
    const due = responseDueDate('ccpa', received, LA);
    const oneDay = { ...due.basis, period: { amount: 1, unit: 'days' as const } };
    expect(explainDueDate({ dueOn: '2026-11-26', basis: oneDay })).toContain('1 day from receipt');
    expect(explainDueDate({ dueOn: '2026-11-26', basis: oneDay }, 'es')).toContain('1 día desde');
  });
});
