import { ANSWER_WORDS } from './answer-words';
import type { AccessAnswer, AnswerFact } from './access-answer';

/**
 * An access answer as a letter's paragraphs: the same facts as report.html, in the same order
 * (who we are, each dataset, your rights, how to complain), for a person answered by post.
 */
export function answerParagraphs(answer: AccessAnswer): string[] {
  const say = ANSWER_WORDS.in(answer.language);
  const fact = (item: AnswerFact) =>
    item.single || item.items.length <= 1
      ? `${item.term}: ${item.items[0] ?? say('report.none')}`
      : `${item.term}: ${item.items.join('; ')}.`;
  return [
    say('letter.answer_intro'),
    answer.company.heading,
    ...answer.company.facts.map((item) =>
      item.single ? fact(item) : `${item.term}: ${item.items.join(', ')}`,
    ),
    ...answer.datasets
      .filter((dataset) => dataset.rows > 0)
      .flatMap((dataset) => [
        say('letter.dataset', { label: dataset.label, count: dataset.rows }),
        ...dataset.facts.map(fact),
      ]),
    answer.rights.heading,
    answer.rights.intro,
    ...answer.rights.items.map((item) => `• ${item}`),
    answer.rights.how,
    answer.complaint.heading,
    answer.complaint.text,
    ...answer.complaint.websites,
    answer.complaint.first,
  ];
}
