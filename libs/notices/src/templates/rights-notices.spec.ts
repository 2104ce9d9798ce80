import { Language } from '@rightsdesk/domain';
import { NoticeKind, noticeTemplate } from '../notice-catalogue';
import { NoticeFacts } from '../notice-content';
import { lawFactsFor } from '../law-facts';
import { renderEmail } from '../render-email';

const base: NoticeFacts = {
  reference: 'RD-7K3M-Q9XD',
  receivedOn: '2026-11-25',
  companyName: 'Example Shop',
  contactEmail: 'privacy@example.com',
  statusUrl: 'https://privacy.example.com/requests/RD-7K3M-Q9XD?t=abc',
};
// A Virginian's law gives an appeal and names the Attorney General; a German's names the
// authority of their country and the courts, and gives no appeal.
const virginia = (language: Language) =>
  lawFactsFor('vcdpa', { country: 'US', region: 'VA' }, language);
const germany = lawFactsFor('gdpr', { country: 'DE' }, 'en');
// The deadline as the domain words it (deadlineSentence): the promise, then the rule on its own.
const deadline = {
  sentence: 'We will answer by 9 January 2027.',
  rule: 'The law gives us 45 days from the day we received your request, 25 November 2026 (CCPA regs 7021(b)).',
};

const table: Array<{
  kind: NoticeKind;
  language: Language;
  facts: Partial<NoticeFacts>;
  says: Array<string | RegExp>;
  never?: Array<string | RegExp>;
}> = [
  {
    kind: 'request_received',
    language: 'en',
    facts: { requestType: 'delete', deadline },
    never: ['due 2027-', 'this date:'],
    says: [
      'On 2026-11-25 we received a request to delete the personal information we hold about you',
      'we check that the request really comes from you',
      'does not extend it.',
      deadline.sentence,
      deadline.rule,
      'You can follow your request at any time here: https://privacy.example.com/requests/RD-7K3M-Q9XD?t=abc',
      'Making a request is free.',
    ],
  },
  {
    kind: 'request_received',
    language: 'es',
    facts: {
      requestType: 'access',
      deadline: { sentence: 'Le responderemos a más tardar el 9 de enero de 2027.', rule: 'x' },
    },
    says: [
      'El 2026-11-25 recibimos una solicitud para ver la información personal',
      'comprobamos que la solicitud viene realmente de usted',
      'no lo amplía. Le responderemos a más tardar el 9 de enero de 2027.',
    ],
  },
  {
    kind: 'request_received',
    language: 'en',
    facts: { requestType: 'withdraw_consent', statusUrl: undefined },
    says: ['You do not need to prove who you are to withdraw consent'],
    never: ['we check that the request really comes from you', 'follow your request'],
  },
  {
    kind: 'verification_failed',
    language: 'en',
    facts: {
      requestType: 'access',
      reason: 'the details you gave do not match enough records',
      law: virginia('en'),
    },
    says: [
      'The details you gave do not match enough records.',
      'We will instead tell you the categories of personal information we hold about you',
      'you can appeal from your request page',
      'You can also complain to the Virginia Attorney General',
    ],
    never: ['refused', 'European Union', 'court'],
  },
  {
    kind: 'verification_failed',
    language: 'en',
    facts: { requestType: 'access', law: germany },
    says: [
      'you can complain to the data protection authority of the country where you live',
      'right to seek a remedy in court',
    ],
    never: [/appeal/i, 'Attorney General'],
  },
  {
    kind: 'verification_failed',
    language: 'en',
    facts: { requestType: 'delete', statusUrl: undefined, law: virginia('en') },
    says: [
      'we cannot delete your personal information, so we have refused this request',
      'stop selling or sharing',
      'you can appeal by writing to privacy@example.com, quoting RD-7K3M-Q9XD',
    ],
  },
  {
    kind: 'verification_failed',
    language: 'es',
    facts: { requestType: 'correct', law: virginia('es') },
    says: [
      'no podemos corregir su información personal, así que hemos rechazado',
      'el Fiscal General de Virginia',
    ],
    never: ['Unión Europea'],
  },
  {
    kind: 'information_needed',
    language: 'en',
    facts: { reason: 'the email address of your customer account', deadline },
    says: [
      'What we need: The email address of your customer account.',
      'You can send it from your request page',
      `${deadline.sentence} ${deadline.rule}`,
      'does not change the time the law gives us to answer you.',
      'tell you what we could not do and why',
    ],
  },
  {
    kind: 'information_needed',
    language: 'es',
    facts: { reason: 'su número de pedido.' },
    says: ['Lo que necesitamos: Su número de pedido.', 'no cambia el plazo que la ley nos da'],
  },
  {
    kind: 'request_extended',
    language: 'en',
    facts: {
      reason: 'your request covers three archived systems',
      deadline: {
        sentence: 'We now expect to answer by 23 February 2027.',
        rule: 'The law lets us take a further 45 days when we tell you why before the first date, 9 January 2027 (Civ. Code 1798.130(a)(2)).',
      },
    },
    says: [
      'we need more time to complete it properly',
      'Why: Your request covers three archived systems.',
      'as long as we tell you why before the original date',
      'We now expect to answer by 23 February 2027. The law lets us take a further 45 days',
    ],
  },
  {
    kind: 'request_extended',
    language: 'es',
    facts: {
      reason: 'recibimos muchas solicitudes',
      deadline: {
        sentence: 'Ahora prevemos responderle a más tardar el 23 de febrero de 2027.',
        rule: '',
      },
    },
    says: [
      'El motivo: Recibimos muchas solicitudes.',
      'Ahora prevemos responderle a más tardar el 23 de febrero de 2027.',
    ],
  },
  {
    kind: 'appeal_received',
    language: 'en',
    facts: {
      deadline: {
        sentence: 'We will decide your appeal by 13 March 2027.',
        rule: 'The law gives us 60 days.',
      },
    },
    says: [
      'we received your appeal of our decision',
      'tell you our decision with our reasons in writing',
      'The law gives us a set time to decide. We will decide your appeal by 13 March 2027.',
    ],
  },
  {
    kind: 'appeal_received',
    language: 'es',
    facts: {},
    says: ['recibimos su apelación', 'nuestra decisión y sus motivos'],
  },
  {
    kind: 'appeal_decided',
    language: 'en',
    facts: {
      appealOutcome: 'denied',
      reason: 'the orders are tax records we must keep',
      law: virginia('en'),
    },
    says: [
      'We have decided to keep our earlier decision.',
      'Our reasons: The orders are tax records we must keep.',
      'you can complain to the Virginia Attorney General',
    ],
  },
  {
    kind: 'appeal_decided',
    language: 'en',
    facts: {
      appealOutcome: 'granted',
      reason: 'the address you gave matches our records',
      law: virginia('en'),
    },
    says: ['we have reversed our earlier decision', 'Our reasons: The address you gave'],
    never: ['Attorney General'],
  },
  {
    kind: 'appeal_decided',
    language: 'es',
    facts: {
      appealOutcome: 'denied',
      reason: 'debemos conservar los registros fiscales',
      law: virginia('es'),
    },
    says: [
      'mantener nuestra decisión anterior',
      'Nuestros motivos: Debemos conservar',
      'el Fiscal General de Virginia',
    ],
  },
  {
    kind: 'package_ready',
    language: 'en',
    facts: { availableUntil: 'December 30, 2026' },
    says: [
      'is ready',
      'your request page (https://privacy.example.com/requests/RD-7K3M-Q9XD?t=abc)',
      'the download works only with that code',
      'You can download it until December 30, 2026.',
      'we never send it by email',
    ],
    never: [/download\?|\/package|token=/],
  },
  {
    kind: 'package_ready',
    language: 'es',
    facts: { statusUrl: undefined },
    says: [
      'el enlace para seguir su solicitud',
      'la descarga solo funciona con ese código',
      'tiempo limitado',
    ],
  },
];

describe('notices of receipt, verification, extension, appeal and download', () => {
  it.each(table)(
    '$kind ($language) says what the person needs to know',
    ({ kind, language, facts, says, never }) => {
      const email = renderEmail(noticeTemplate(kind, language)({ ...base, ...facts }), language);
      const text = email.text.replace(/\s+/g, ' ');
      for (const sentence of says) {
        if (typeof sentence === 'string') expect(text).toContain(sentence);
        else expect(text).toMatch(sentence);
      }
      for (const sentence of never ?? []) {
        if (typeof sentence === 'string') expect(text).not.toContain(sentence);
        else expect(text).not.toMatch(sentence);
      }
    },
  );
});
