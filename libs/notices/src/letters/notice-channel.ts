/** What decides how a notice travels. */
export interface ChannelFacts {
  answerChannel: 'email' | 'postal';
  manner: string;
  hasPostalAddress: boolean;
  /** A code or link the person must use online: never printed on paper. */
  carriesSecrets: boolean;
}

/**
 * By post where the person chose post, or where the request came by post and gave an address
 * (Civ. Code 1798.130(a)(2); GDPR 12(1)); by email otherwise. Codes and links always go by
 * email: a letter takes days and passes through many hands.
 */
export function noticeChannel(facts: ChannelFacts): 'email' | 'postal' {
  if (facts.carriesSecrets || !facts.hasPostalAddress) return 'email';
  return facts.answerChannel === 'postal' || facts.manner === 'postal' ? 'postal' : 'email';
}
