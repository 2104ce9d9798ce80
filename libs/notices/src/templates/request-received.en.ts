import { NoticeTemplate } from '../notice-content';

const WHAT: Record<string, string> = {
  access: 'a request to see the personal information we hold about you',
  delete: 'a request to delete the personal information we hold about you',
  correct: 'a request to correct personal information we hold about you',
  withdraw_consent: 'a withdrawal of your consent',
  appeal: 'an appeal of our decision on an earlier request',
};

// CCPA regs 7021(a): confirm receipt within 10 business days, with how verification works and
// when to expect an answer.
export const requestReceivedEn: NoticeTemplate = (facts) => ({
  subject: `We received your privacy request ${facts.reference}`,
  greeting: 'Hello,',
  paragraphs: [
    `On ${facts.receivedOn} we received ${WHAT[facts.requestType ?? ''] ?? 'your privacy request'}. Its reference is ${facts.reference}; please quote it whenever you write to us.`,
    facts.requestType === 'withdraw_consent'
      ? 'You do not need to prove who you are to withdraw consent: we act on it as soon as we can.'
      : 'Before we act, we check that the request really comes from you, so that nobody else can see or change your information. We email you a code to confirm your address, and for some requests we compare a few details you gave with what we already hold. We never ask for your password or for full identity or card numbers, and we use these details only to confirm who you are.',
    facts.dueExplanation
      ? `The law gives us a set time to answer, and the time needed to confirm who you are does not extend it. We will answer by this date: ${facts.dueExplanation}.`
      : 'The law gives us a set time to answer, and the time needed to confirm who you are does not extend it. If we need more time, we will tell you why before the original date.',
    facts.statusUrl
      ? `You can follow your request at any time here: ${facts.statusUrl} (this link is yours alone; please do not share it).`
      : '',
    `Making a request is free. Questions: ${facts.contactEmail}, quoting ${facts.reference}.`,
  ].filter(Boolean),
  closing: `${facts.companyName} Privacy Team`,
});
