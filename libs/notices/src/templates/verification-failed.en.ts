import { NoticeTemplate } from '../notice-content';
import { asSentence } from './notice-sentence';

// CCPA regs 7022(a), 7023, 7024(a): an unverified copy falls back to categories; an unverified
// deletion or correction is refused, and the person is told why.
const WHAT_FOLLOWS: Record<string, string> = {
  access:
    'This means we cannot send you a copy of the personal information itself, because giving it to the wrong person could harm you. We will instead tell you the categories of personal information we hold about you, where it comes from, why we use it and who receives it.',
  delete:
    'This means we cannot delete your personal information, so we have refused this request and your information stays as it was. You can still ask us to stop selling or sharing your information: that does not need proof of who you are.',
  correct:
    'This means we cannot correct your personal information, so we have refused this request and your information stays as it was.',
};

/** `facts.reason` says why identity was not confirmed; this notice adds what follows. */
export const verificationFailedEn: NoticeTemplate = (facts) => ({
  subject: `We could not confirm your identity for request ${facts.reference}`,
  greeting: 'Hello,',
  paragraphs: [
    `We could not confirm that your privacy request of ${facts.receivedOn} (reference ${facts.reference}) comes from you.`,
    facts.reason ? asSentence(facts.reason) : '',
    WHAT_FOLLOWS[facts.requestType ?? ''] ?? 'This means we cannot act on this request.',
    'You can try again at any time with a new request, free of charge, giving details that help us recognize you, such as your phone number, postal address or last order number.',
    facts.statusUrl
      ? `If you think we are wrong, you can appeal from your request page: ${facts.statusUrl}`
      : `If you think we are wrong, you can appeal by writing to ${facts.contactEmail}, quoting ${facts.reference}.`,
    'You may also complain to your state Attorney General or, in the European Union, to your data protection supervisory authority, and you have the right to go to court.',
  ].filter(Boolean),
  closing: `${facts.companyName} Privacy Team`,
});
