import { checkCatalogue } from '@rightsdesk/messages';
import { accessAnswer } from './access-answer';
import { ANSWER_WORDS } from './answer-words';
import { complaintAuthorityFor } from './complaint-authority';
import { answerTimeZone } from './answer-time';

const company = {
  name: 'Example Shop',
  contactEmail: 'privacy@example.com',
  timeZone: 'America/Los_Angeles',
};

describe(accessAnswer.name, () => {
  it('has every message in English and Spanish', () => {
    expect(ANSWER_WORDS.languages().sort()).toEqual(['en', 'es']);
    expect(checkCatalogue(ANSWER_WORDS)).toEqual([]);
  });

  it.each([
    ['gdpr', { country: 'ES' }, 'gdpr', 'Agencia Española de Protección de Datos'],
    ['gdpr', { country: 'FR' }, 'gdpr', 'CNIL'],
    ['uk_gdpr', { country: 'GB' }, 'uk', 'ICO'],
    [
      'ccpa',
      { country: 'US', region: 'CA' },
      'ccpa',
      'Agencia de Protección de la Privacidad de California',
    ],
    ['vcdpa', { country: 'US', region: 'VA' }, 'state', 'Virginia'],
    ['modpa', { country: 'US', region: 'MD' }, 'state', 'Maryland'],
  ] as const)(
    'sends a %s person living in %j to the right authority',
    (regime, residence, law, named) => {
      const found = complaintAuthorityFor(regime, residence);
      expect(found.law).toBe(law);
      expect(found.authorities.map((authority) => authority.name.es).join(' ')).toContain(named);
      expect(found.authorities.every((authority) => authority.website.startsWith('https://'))).toBe(
        true,
      );
    },
  );

  it('names the DPO only where one is configured, and the person’s zone where known', () => {
    const base = { regime: 'gdpr' as const, datasets: [] };
    const without = accessAnswer({
      ...base,
      language: 'en',
      company,
      residence: { country: 'ES' },
    });
    expect(without.company.facts.map((fact) => fact.term)).not.toContain('Data protection officer');
    expect(without.zone).toBe('Europe/Madrid');
    expect(without.zoneName).toBe('Central European Time (Europe/Madrid)');
    const withDpo = accessAnswer({
      ...base,
      language: 'es',
      company: { ...company, dpo: 'Ana Ruiz, dpo@example.com' },
    });
    expect(withDpo.company.facts).toContainEqual({
      term: 'Delegado de protección de datos',
      items: ['Ana Ruiz, dpo@example.com'],
      single: true,
    });
    expect(withDpo.zone).toBe('America/Los_Angeles');
    expect(answerTimeZone({ country: 'US', region: 'TX' }, 'UTC')).toBe('America/Chicago');
  });

  it('gives a California resident California rights and no EU wording', () => {
    const answer = accessAnswer({
      language: 'en',
      regime: 'ccpa',
      residence: { country: 'US', region: 'CA' },
      company,
      datasets: [],
    });
    const words = JSON.stringify(answer);
    expect(words).toContain('opt out of the sale or sharing');
    expect(words).not.toMatch(/GDPR|supervisory authority/);
  });
});

describe('the complaint paragraph of a UK access answer', () => {
  it.each(['en', 'es'] as const)(
    'names the ICO once to a person in London reading in %s',
    (language) => {
      const answer = accessAnswer({
        language,
        regime: 'uk_gdpr',
        residence: { country: 'GB' },
        company,
        datasets: [],
      });
      const named = answer.complaint.text.match(
        /Information Commissioner|Comisionado de Información/g,
      );
      expect(named).toHaveLength(1);
      expect(answer.complaint.text).toContain('(ICO)');
    },
  );
});
