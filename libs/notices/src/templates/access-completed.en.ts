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
        ? 'We searched every system where we keep personal information and found no records about you. A short report of where we looked is ready for you to download.'
        : `We found ${total.toLocaleString('en-US')} records about you in the places listed below. Your data is ready to download as one ZIP file: a report that explains why we use it, who receives it and how long we keep it, with the data itself in JSON and CSV files if you asked for a copy.`,
      'To download it, open the link to follow your request that we sent you when you made it, go to "Your data" and choose "Download your data". We will email you a one-time code to enter there. The download is available for a limited time.',
      'To protect your information we never send it by email: it is released only on our privacy center, after you confirm it is you.',
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
