import { NoticeTemplate } from '../notice-content';

// Appeals run on their own clock from receipt of the appeal (Va. Code 59.1-577(C): 60 days).
export const appealReceivedEn: NoticeTemplate = (facts) => ({
  subject: `We received your appeal ${facts.reference}`,
  greeting: 'Hello,',
  paragraphs: [
    `On ${facts.receivedOn} we received your appeal of our decision on your privacy request. Its reference is ${facts.reference}; please quote it whenever you write to us.`,
    'We will look at your request again, and tell you our decision with our reasons in writing.',
    facts.dueExplanation
      ? `The law gives us a set time to decide. We will tell you our decision by this date: ${facts.dueExplanation}.`
      : 'The law gives us a set time to decide, and we will tell you our decision within it.',
    facts.statusUrl ? `You can follow your appeal here: ${facts.statusUrl}` : '',
    `Appealing is free. Questions: ${facts.contactEmail}, quoting ${facts.reference}.`,
  ].filter(Boolean),
  closing: `${facts.companyName} Privacy Team`,
});
