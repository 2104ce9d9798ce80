import { auditActionInWords, auditActorInWords } from './audit-action-words';

describe(auditActionInWords.name, () => {
  it.each([
    ['request.approve', 'Request approved'],
    ['request.extend', 'Deadline extended'],
    ['notice.bounced', 'Email bounced'],
    ['fulfilment.erase_done', 'Data erased in a source'],
    // A code added later is still readable, never a bare code.
    ['processor.callback_received', 'Callback received'],
    ['request.reopened_after_appeal', 'Reopened after appeal'],
  ])('%s reads "%s"', (action, words) => {
    expect(auditActionInWords(action)).toBe(words);
  });
});

describe(auditActorInWords.name, () => {
  const names = { 'staff:1': 'Olu Officer' };
  it.each([
    ['staff:1', 'Olu Officer'],
    ['staff:2', 'a former member of staff'],
    ['subject', 'the person who asked'],
    ['worker', 'Rightsdesk (automatic)'],
  ])('%s reads "%s"', (actor, words) => {
    expect(auditActorInWords(actor, names)).toBe(words);
  });
});
