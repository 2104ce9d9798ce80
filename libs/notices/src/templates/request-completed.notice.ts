import { CompletionOutcome } from '../completion-outcomes';
import { NoticeLayout } from '../notice-content';
import { Say } from '@rightsdesk/messages';
import { correctionLine } from '../correction-words';

const KINDS = new Set(['delete', 'correct', 'withdraw_consent']);

function outcomeText(outcome: CompletionOutcome, say: Say): string {
  const rows = outcome.rows;
  switch (outcome.kind) {
    case 'deleted':
      return say('request_completed.outcome.deleted', { rows });
    case 'deidentified':
      return say('request_completed.outcome.deidentified', { rows });
    case 'retained':
      return retained(outcome, say);
    case 'corrected':
      return say('request_completed.outcome.corrected', { rows, field: outcome.field });
    case 'withdrawn':
      return say('request_completed.outcome.withdrawn', { rows });
    case 'told':
      return say('request_completed.outcome.told', { recipient: outcome.recipient });
    case 'handled':
      return say('request_completed.outcome.handled');
  }
}

function retained(outcome: CompletionOutcome, say: Say): string {
  const reason = outcome.reason ?? say('request_completed.outcome.required_by_law');
  if (!outcome.period) return say('request_completed.outcome.retained', { reason });
  // Retention periods are ISO 8601 durations; whole years read as words, others as written.
  const years = /^P(\d+)Y$/.exec(outcome.period);
  return years
    ? say('request_completed.outcome.retained_years', { years: Number(years[1]), reason })
    : say('request_completed.outcome.retained_period', { period: outcome.period, reason });
}

export const requestCompleted: NoticeLayout = (facts, say) => {
  const type = KINDS.has(facts.requestType ?? '') ? facts.requestType : 'delete';
  const all = facts.outcomes ?? [];
  // A correction reads as a sentence naming the record and each field, not as a table row.
  const corrected = all.flatMap((outcome) =>
    outcome.correction
      ? [correctionLine(say, outcome.correction.record, outcome.correction.changes)]
      : [],
  );
  const outcomes = all.filter((outcome) => !outcome.correction);
  return {
    subject: say('request_completed.subject', { type }),
    greeting: say('notice.greeting'),
    paragraphs: [
      say('request_completed.completed'),
      all.length > 0
        ? say('request_completed.done', { type })
        : say('request_completed.nothing', { type }),
      ...corrected,
      // The note is kept by email address (complete-fulfilment): without one there is none.
      facts.requestType === 'delete' && !facts.withoutEmail
        ? say('request_completed.suppression')
        : '',
      facts.statusUrl ? say('request_completed.see') : '',
      say('request_completed.disagree'),
    ].filter(Boolean),
    table:
      outcomes.length > 0
        ? {
            headings: [say('request_completed.where'), say('request_completed.what_we_did')],
            rows: outcomes.map((outcome) => [outcome.label, outcomeText(outcome, say)]),
          }
        : undefined,
    closing: say('request_completed.closing'),
  };
};
