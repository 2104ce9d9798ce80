import { NoticeTemplate, SECRET_PLACEHOLDERS } from '../notice-content';

export const downloadCodeEn: NoticeTemplate = (facts) => ({
  subject: `Your code to download your data (request ${facts.reference})`,
  greeting: 'Hello,',
  paragraphs: [
    `You asked to download the copy of your personal information we prepared for your request ${facts.reference}. To protect it, we check once more that it is really you.`,
    `Your download code is ${SECRET_PLACEHOLDERS.code}. Enter it on the download page.`,
    `The code works for ${facts.codeMinutes ?? 15} minutes. After a few wrong tries it stops working and you can ask for a new one.`,
    `If you did not ask for this code, do not share it with anyone and write to ${facts.contactEmail}.`,
  ],
  closing: `${facts.companyName} Privacy Team`,
});
