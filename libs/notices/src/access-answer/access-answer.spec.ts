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
    ['gdpr', { country: 'ES' }, 'gdpr', 'https://www.aepd.es'],
    ['gdpr', { country: 'FR' }, 'gdpr', 'https://www.cnil.fr'],
    ['gdpr', { country: 'GB' }, 'uk', 'https://ico.org.uk/make-a-complaint/'],
    [
      'gdpr',
      { country: 'SK' },
      'gdpr',
      'https://www.edpb.europa.eu/about-edpb/about-edpb/members_en',
    ],
    [
      'ccpa',
      { country: 'US', region: 'CA' },
      'ccpa',
      'https://cppa.ca.gov/webapplications/complaint',
    ],
    [
      'vcdpa',
      { country: 'US', region: 'VA' },
      'state',
      'https://www.oag.state.va.us/consumer-protection/',
    ],
  ] as const)(
    'sends a %s person living in %j to the right authority',
    (regime, residence, law, website) => {
      expect(complaintAuthorityFor(regime, residence)).toMatchObject({ law, website });
    },
  );

  it('names the DPO only where one is configured, and the person’s zone where known', () => {
    const base = { regime: 'gdpr' as const, datasets: [], at: new Date('2026-07-01T12:00:00Z') };
    const without = accessAnswer({
      ...base,
      language: 'en',
      company,
      residence: { country: 'ES' },
    });
    expect(without.company.facts.map((fact) => fact.term)).not.toContain('Data protection officer');
    expect(without.zone).toBe('Europe/Madrid');
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
      at: new Date(),
    });
    const words = JSON.stringify(answer);
    expect(words).toContain('opt out of the sale or sharing');
    expect(words).not.toMatch(/GDPR|supervisory authority/);
  });
});
