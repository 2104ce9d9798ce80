import { NoticeTemplate, SECRET_PLACEHOLDERS } from '../notice-content';

export const verificationCodeEn: NoticeTemplate = (facts) => ({
  subject: `Your verification code for request ${facts.reference}`,
  greeting: 'Hello,',
  paragraphs: [
    `We received your privacy request (reference ${facts.reference}). To protect your information, we first check that it is really you.`,
    `Your code is ${SECRET_PLACEHOLDERS.code}. Enter it on the verification page, or open this link and confirm: ${SECRET_PLACEHOLDERS.verifyUrl}`,
    `The code works for ${facts.codeMinutes ?? 30} minutes. We use it only to confirm who you are.`,
    facts.dueExplanation ? `We will answer by the date the law sets: ${facts.dueExplanation}.` : '',
    facts.statusUrl ? `You can follow your request here: ${facts.statusUrl}` : '',
    `If you did not make this request, you can ignore this email, or write to ${facts.contactEmail}.`,
  ].filter(Boolean),
  closing: `${facts.companyName} Privacy Team`,
});
