import { NoticeTemplate } from '../notice-content';
import { asSentence } from './notice-sentence';

const DECISION = {
  granted:
    'We agree with you: we have reversed our earlier decision and will now act on your request. We will write to you again when it is done.',
  denied: 'We have decided to keep our earlier decision.',
} as const;

// The decision gives reasons and, if the appeal is denied, how to contact the state Attorney
// General (Va. Code 59.1-577(C); C.R.S. 6-1-1306(3)).
export const appealDecidedEn: NoticeTemplate = (facts) => ({
  subject: `The decision on your appeal ${facts.reference}`,
  greeting: 'Hello,',
  paragraphs: [
    `We have looked again at your privacy request, as you asked in your appeal of ${facts.receivedOn} (reference ${facts.reference}).`,
    facts.appealOutcome ? DECISION[facts.appealOutcome] : '',
    facts.reason ? `Our reasons: ${asSentence(facts.reason)}` : '',
    facts.appealOutcome === 'granted'
      ? ''
      : `If you disagree with this decision, you can complain to ${facts.authorityContact ?? 'the Attorney General of your state, whose website has a form for complaints about how companies handle privacy requests'}.`,
    `Questions: ${facts.contactEmail}, quoting ${facts.reference}.`,
  ].filter(Boolean),
  closing: `${facts.companyName} Privacy Team`,
});
