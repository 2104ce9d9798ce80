import { ChannelFacts, noticeChannel } from './notice-channel';

const base: ChannelFacts = {
  answerChannel: 'email',
  manner: 'web',
  hasPostalAddress: true,
  carriesSecrets: false,
};

describe(noticeChannel.name, () => {
  it.each<[string, Partial<ChannelFacts>, 'email' | 'postal']>([
    ['email by default', {}, 'email'],
    ['post when the person chose post', { answerChannel: 'postal' }, 'postal'],
    ['post when the request came by post with an address', { manner: 'postal' }, 'postal'],
    [
      'email when there is no address to write to',
      { answerChannel: 'postal', hasPostalAddress: false },
      'email',
    ],
    ['codes never by post', { answerChannel: 'postal', carriesSecrets: true }, 'email'],
    [
      'a code for a person without email by post, the one way to reach them',
      { answerChannel: 'postal', printsCode: true },
      'postal',
    ],
  ])('%s', (_case, facts, expected) => {
    expect(noticeChannel({ ...base, ...facts })).toBe(expected);
  });
});
