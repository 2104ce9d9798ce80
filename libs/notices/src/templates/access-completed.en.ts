import { NoticeTemplate } from '../notice-content';

export const accessCompletedEn: NoticeTemplate = (facts) => {
  const datasets = facts.datasets ?? [];
  const total = datasets.reduce((sum, dataset) => sum + dataset.rows, 0);
  return {
    subject: `Your data access request ${facts.reference} is complete`,
    greeting: 'Hello,',
    paragraphs: [
      `We have completed your request of ${facts.receivedOn} (reference ${facts.reference}) to access the personal information ${facts.companyName} holds about you.`,
      total === 0
        ? 'We searched every system where we keep personal information and found no records about you.'
        : `We found ${total.toLocaleString('en-US')} records about you in the places listed below. Your copy has been prepared and is stored encrypted.`,
      'To protect your information we never send it by email. Your copy is released only after you confirm your identity again on our privacy center.',
      `If you have questions, reply to this message or write to ${facts.contactEmail}, quoting ${facts.reference}.`,
    ],
    table:
      datasets.length > 0
        ? {
            headings: ['Where we hold it', 'Records'],
            rows: datasets.map((dataset) => [dataset.label, dataset.rows.toLocaleString('en-US')]),
          }
        : undefined,
    closing: `${facts.companyName} Privacy Team`,
  };
};
