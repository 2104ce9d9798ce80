import type { Say } from '@rightsdesk/messages';
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
      ...(facts.byPost ? byPost(total, say) : online(total, Boolean(facts.statusUrl), say)),
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

/** Answered online: the data waits on the privacy center behind a one-time code. */
function online(total: number, hasStatusLink: boolean, say: Say): string[] {
  return [
    total === 0 ? say('access_completed.nothing') : say('access_completed.found', { total }),
    hasStatusLink ? say('access_completed.how_link') : say('access_completed.how'),
    say('access_completed.never_by_email'),
    say('access_completed.questions'),
  ];
}

/**
 * Answered by post: the letter is the summary, and a copy of the data comes by post on paper or
 * removable media when asked for (GDPR Art. 15(3); Civ. Code 1798.130(a)(2): by mail at the person's option). Nobody
 * answered by post is sent to a link or a download.
 */
function byPost(total: number, say: Say): string[] {
  return [
    total === 0
      ? say('access_completed.nothing_post')
      : say('access_completed.found_post', { total }),
    say('access_completed.copy_post'),
    say('access_completed.post_only_to_you'),
  ];
}
