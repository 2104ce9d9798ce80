import { NoticeLayout } from '../notice-content';
import { answerParagraphs } from '../access-answer/answer-paragraphs';

export const accessCompleted: NoticeLayout = (facts, say) => {
  const datasets = facts.datasets ?? [];
  const total = datasets.reduce((sum, dataset) => sum + dataset.rows, 0);
  return {
    subject: say('access_completed.subject'),
    greeting: say('notice.greeting'),
    paragraphs: [
      say('access_completed.done'),
      total === 0 ? say('access_completed.nothing') : say('access_completed.found', { total }),
      facts.statusUrl ? say('access_completed.how_link') : say('access_completed.how'),
      say('access_completed.never_by_email'),
      say('access_completed.questions'),
      // By post, the letter itself states what the report states (GDPR Art. 15(1)-(2)).
      ...(facts.accessAnswer ? answerParagraphs(facts.accessAnswer) : []),
    ],
    table:
      datasets.length > 0
        ? {
            headings: [say('access_completed.where'), say('access_completed.records')],
            rows: datasets.map((dataset) => [
              dataset.label,
              say('access_completed.count', { count: dataset.rows }),
            ]),
          }
        : undefined,
    closing: say('notice.closing'),
  };
};
