import { CompletionOutcome } from '../completion-outcomes';
import { NoticeTemplate } from '../notice-content';

const WHAT: Record<string, { subject: string; done: string; nothing: string }> = {
  delete: {
    subject: 'Your request to delete your data',
    done: 'We have deleted the personal information we held about you, except what the law requires us to keep. The table below says, for each place we keep information, what we did.',
    nothing:
      'We searched every place where we keep personal information and found nothing about you to delete.',
  },
  correct: {
    subject: 'Your request to correct your data',
    done: 'We have corrected the information you told us about, everywhere we keep it, and checked that the new values are in place. We have also told the companies that process it for us.',
    nothing:
      'We searched every place where we keep personal information and found none of the information you asked us to correct.',
  },
  withdraw_consent: {
    subject: 'Your withdrawal of consent',
    done: 'We have stopped everything you had agreed to: marketing messages, and cookies other than those the website needs to work. What we did before you withdrew stays lawful.',
    nothing:
      'We found no consent or subscription of yours still in force; nothing more will be sent to you on the basis of consent.',
  },
};

function outcomeText(outcome: CompletionOutcome): string {
  const rows = outcome.rows.toLocaleString('en-US');
  switch (outcome.kind) {
    case 'deleted':
      return `Deleted (${rows})`;
    case 'deidentified':
      return `Kept without anything that identifies you (${rows})`;
    case 'retained':
      return `Kept${outcome.period ? ` for ${years(outcome.period)}` : ''}: ${outcome.reason ?? 'required by law'}`;
    case 'corrected':
      return `${outcome.field} corrected (${rows})`;
    case 'withdrawn':
      return `Stopped (${rows})`;
    case 'told':
      return `Told ${outcome.recipient}: done`;
    case 'handled':
      return 'Done by our staff';
  }
}

function years(period: string): string {
  const match = /^P(\d+)Y$/.exec(period);
  return match ? `${match[1]} years` : period;
}

export const requestCompletedEn: NoticeTemplate = (facts) => {
  const what = WHAT[facts.requestType ?? 'delete'] ?? WHAT.delete;
  const outcomes = facts.outcomes ?? [];
  return {
    subject: `${what.subject} ${facts.reference} is complete`,
    greeting: 'Hello,',
    paragraphs: [
      `We have completed your request of ${facts.receivedOn} (reference ${facts.reference}).`,
      outcomes.length > 0 ? what.done : what.nothing,
      facts.requestType === 'delete'
        ? 'We keep a short note that you asked, made so that it cannot be read back as your email address, only so that we do not add you to our mailing lists again.'
        : '',
      facts.statusUrl ? `You can see your request here: ${facts.statusUrl}` : '',
      `If you disagree with what we did, you can reply to this message or write to ${facts.contactEmail}, quoting ${facts.reference}.`,
    ].filter(Boolean),
    table:
      outcomes.length > 0
        ? {
            headings: ['Where we keep it', 'What we did'],
            rows: outcomes.map((outcome) => [outcome.label, outcomeText(outcome)]),
          }
        : undefined,
    closing: `${facts.companyName} Privacy Team`,
  };
};
