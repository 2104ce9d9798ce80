import { NoticeTemplate } from '../notice-content';

// The data itself only behind an authenticated, expiring download (GDPR Art. 32): this notice
// never carries a link that works without the one-time code.
export const packageReadyEn: NoticeTemplate = (facts) => ({
  subject: `Your data is ready to download (request ${facts.reference})`,
  greeting: 'Hello,',
  paragraphs: [
    `The copy of your personal information for your request of ${facts.receivedOn} (reference ${facts.reference}) is ready.`,
    `To download it, open ${facts.statusUrl ? `your request page (${facts.statusUrl})` : 'the link to follow your request that we sent you when you made it'}, go to "Your data" and choose "Download your data". We will then email you a one-time code to enter there: the download works only with that code.`,
    facts.availableUntil
      ? `You can download it until ${facts.availableUntil}. After that we delete the file; you can make a new request at any time, free of charge.`
      : 'The download is available for a limited time. After that we delete the file; you can make a new request at any time, free of charge.',
    'To protect your information we never send it by email or attach it to a message.',
    `Questions: ${facts.contactEmail}, quoting ${facts.reference}.`,
  ],
  closing: `${facts.companyName} Privacy Team`,
});
