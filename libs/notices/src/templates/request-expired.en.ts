import { NoticeTemplate } from '../notice-content';

export const requestExpiredEn: NoticeTemplate = (facts) => ({
  subject: `Your request ${facts.reference} was closed because it was not confirmed`,
  greeting: 'Hello,',
  paragraphs: [
    `We did not receive a confirmation of your identity for your privacy request of ${facts.receivedOn} (reference ${facts.reference}), so we have closed it without acting on it.`,
    'This protects you: we only act on requests when we know they come from you.',
    `You can make a new request at any time on our privacy center; it is free. Questions: ${facts.contactEmail}.`,
  ],
  closing: `${facts.companyName} Privacy Team`,
});
