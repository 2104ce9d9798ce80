import { timelineActionInWords } from './timeline-action-words';

describe(timelineActionInWords.name, () => {
  it.each([
    ['request.approve', 'Approved'],
    ['request.extend', 'Deadline extended'],
    ['notice.bounced', 'Email bounced'],
    ['fulfilment.erase_done', 'Data erased in a source'],
    // A code added later is still readable, never a bare code.
    ['processor.callback_received', 'Callback received'],
    ['request.reopened_after_appeal', 'Reopened after appeal'],
  ])('%s reads "%s"', (action, words) => {
    expect(timelineActionInWords(action)).toBe(words);
  });
});
