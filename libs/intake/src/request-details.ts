import type { NamedCorrection } from '@rightsdesk/domain';
import { AgentAuthorizationDocument } from './agent-authorization';
import { SubmitRequestCommand } from './submit-request.schema';

/** Type-specific input kept on the request; identity fields live in subject_identities. */
export function detailsOf(
  command: SubmitRequestCommand,
  corrections: readonly NamedCorrection[] = [],
): Record<string, unknown> {
  const residence = command.residence ?? null;
  // The document is stored sealed on its own; details keep who the agent is.
  const agent = command.agent
    ? {
        name: command.agent.name,
        email: command.agent.email,
        powerOfAttorney: command.agent.powerOfAttorney,
      }
    : null;
  if (command.type === 'appeal') return { reason: command.reason };
  // Kept only when given: the data sources use it to find the person (personIdentityOf).
  const order = command.orderNumber ? { orderNumber: command.orderNumber } : {};
  switch (command.type) {
    case 'access':
      return { scope: command.scope, residence, agent, ...order };
    case 'correct':
      return { corrections, reason: command.reason ?? null, residence, agent, ...order };
    case 'withdraw_consent':
      return { purposes: command.purposes, residence, agent, ...order };
    case 'delete':
      return { residence, agent, ...order };
  }
}

/** An authorization sent inline (base64, through the API) rather than as an upload. */
export function inlineDocument(
  agent: NonNullable<SubmitRequestCommand['agent']>,
): AgentAuthorizationDocument | undefined {
  const inline = agent.authorization;
  return inline
    ? {
        fileName: inline.fileName,
        contentType: inline.contentType,
        content: Buffer.from(inline.contentBase64, 'base64'),
      }
    : undefined;
}
