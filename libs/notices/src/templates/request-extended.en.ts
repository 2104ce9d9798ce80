import { NoticeTemplate } from '../notice-content';
import { asSentence } from './notice-sentence';

// Sent before the original deadline, with the reason: CCPA regs 7021(b) (45 more days), GDPR
// Art. 12(3) (two more months), Colorado appeals (60 more days).
export const requestExtendedEn: NoticeTemplate = (facts) => ({
  subject: `We need more time for your request ${facts.reference}`,
  greeting: 'Hello,',
  paragraphs: [
    `We are still working on your privacy request of ${facts.receivedOn} (reference ${facts.reference}), and we need more time to complete it properly.`,
    `Why: ${asSentence(facts.reason ?? 'your request is complex and involves many of our systems')}`,
    'The law lets us extend the time to answer once, when a request is complex or we receive many, as long as we tell you why before the original date.',
    facts.dueExplanation
      ? `Our new date to answer you: ${facts.dueExplanation}.`
      : 'We will answer as soon as we can, within the extra time the law allows.',
    facts.statusUrl ? `You can follow your request here: ${facts.statusUrl}` : '',
    `If you have questions, reply to this message or write to ${facts.contactEmail}, quoting ${facts.reference}.`,
  ].filter(Boolean),
  closing: `${facts.companyName} Privacy Team`,
});
