import type { Say } from '@rightsdesk/messages';
import { NoticeFacts } from '../notice-content';

/**
 * After a refusal: the appeal the person's law gives (only where it gives one), whom they can
 * complain to under it, and, under the GDPR and UK GDPR, the courts (Art. 12(4)).
 */
export function rightsAfterRefusal(
  facts: NoticeFacts,
  say: Say,
  appeal: { page: string; email: string },
): string[] {
  const law = facts.law;
  if (!law) return [];
  return [
    law.appeal ? say(facts.statusUrl ? appeal.page : appeal.email) : '',
    law.appeal && facts.appealUntil ? say('rights.appeal_until', { when: facts.appealUntil }) : '',
    law.authorities
      ? say(law.appeal ? 'rights.complain_also' : 'rights.complain', {
          authorities: law.authorities,
        })
      : '',
    law.court ? say('rights.court') : '',
  ].filter(Boolean);
}
