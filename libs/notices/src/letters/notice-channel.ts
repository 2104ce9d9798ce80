/** What decides how a notice travels. */
export interface ChannelFacts {
  answerChannel: 'email' | 'postal';
  manner: string;
  hasPostalAddress: boolean;
  /** A code or link the person must use online: never printed on paper. */
  carriesSecrets: boolean;
  /** A code for a person with no email: the one secret that goes on paper. */
  printsCode?: boolean;
}

/**
 * By post where the person chose post, or where the request came by post and gave an address
 * (Civ. Code 1798.130(a)(2); GDPR 12(1)); by email otherwise. Codes and links always go by
 * email: a letter takes days and passes through many hands, unless the person has no email,
 * when a code goes by post as the only way to reach them (CCPA regs 7060(a): verify by a method
 * that fits the request).
 */
export function noticeChannel(facts: ChannelFacts): 'email' | 'postal' {
  if (facts.printsCode) return facts.hasPostalAddress ? 'postal' : 'email';
  if (facts.carriesSecrets || !facts.hasPostalAddress) return 'email';
  return facts.answerChannel === 'postal' || facts.manner === 'postal' ? 'postal' : 'email';
}
