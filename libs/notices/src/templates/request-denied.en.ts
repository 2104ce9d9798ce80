import { asSentence } from './notice-sentence';
import { NoticeTemplate } from '../notice-content';

export const requestDeniedEn: NoticeTemplate = (facts) => ({
  subject: `We could not complete your request ${facts.reference}`,
  greeting: 'Hello,',
  paragraphs: [
    `We could not complete your privacy request of ${facts.receivedOn} (reference ${facts.reference}).`,
    `The reason: ${asSentence(facts.reason ?? 'we could not confirm your identity')}`,
    facts.statusUrl
      ? `You can appeal this decision from your request page: ${facts.statusUrl}`
      : `You can appeal this decision by writing to ${facts.contactEmail}.`,
    'If you are not satisfied, you may also complain to your state Attorney General or, in the European Union, to your data protection supervisory authority, and you have the right to seek a remedy in court.',
    `You can make a new request at any time; it is free. Questions: ${facts.contactEmail}, quoting ${facts.reference}.`,
  ],
  closing: `${facts.companyName} Privacy Team`,
});
