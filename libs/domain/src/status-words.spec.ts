import { REQUEST_STATUSES, REQUEST_TYPES } from './request-kinds';
import { requestTypeInWords, statusInWords } from './status-words';

describe(statusInWords.name, () => {
  it.each(REQUEST_STATUSES)('says %s in words an officer reads, never as a code', (status) => {
    expect(statusInWords(status)).toMatch(/^[a-z ]+$/);
  });

  it.each(REQUEST_TYPES)('says the type %s in words', (type) => {
    expect(requestTypeInWords(type)).toMatch(/^[a-z -]+$/);
  });
});
