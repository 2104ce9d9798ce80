import { NoticeTemplate } from '../notice-content';
import { asSentence } from './notice-sentence';

// CCPA regs 7020: a deficient request is answered with how to fix it; the 45 days still run
// from receipt (regs 7021(b)).
export const informationNeededEn: NoticeTemplate = (facts) => ({
  subject: `We need more information for your request ${facts.reference}`,
  greeting: 'Hello,',
  paragraphs: [
    `To go on with your privacy request of ${facts.receivedOn} (reference ${facts.reference}), we need a little more information from you.`,
    facts.reason
      ? `What we need: ${asSentence(facts.reason)}`
      : 'Please tell us more precisely what you are asking us to do.',
    facts.statusUrl
      ? `You can send it from your request page: ${facts.statusUrl}. You can also reply to this message or write to ${facts.contactEmail}, quoting ${facts.reference}.`
      : `Please reply to this message or write to ${facts.contactEmail}, quoting ${facts.reference}.`,
    'Send only what we ask for: we never need your password or full identity or card numbers.',
    `Waiting for your answer does not change the time the law gives us to answer you${facts.dueExplanation ? `: ${facts.dueExplanation}` : ''}. If we have not heard from you by then, we will do what we can with what we have, and tell you what we could not do and why.`,
  ],
  closing: `${facts.companyName} Privacy Team`,
});
