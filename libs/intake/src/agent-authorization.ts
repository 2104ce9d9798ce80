import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DomainError } from '@rightsdesk/domain';
import { AgentAuthorization, sealToBytes } from '@rightsdesk/persistence';

/** The signed permission or power of attorney an authorized agent uploads (regs 7063). */
export interface AgentAuthorizationDocument {
  fileName: string;
  contentType: string;
  content: Buffer;
}

export interface AgentDetails {
  name: string;
  email: string;
  powerOfAttorney: boolean;
}

/** Formats a person can sign and scan; anything else is refused before it is stored. */
export const AGENT_AUTHORIZATION_TYPES: readonly string[] = [
  'application/pdf',
  'image/jpeg',
  'image/png',
];
export const AGENT_AUTHORIZATION_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Checks the document before anything is written, so a refused agent request leaves no trace.
 * An agent must present signed permission (regs 7063(a)); the file is evidence, kept sealed.
 */
export function checkAgentAuthorization(
  document: AgentAuthorizationDocument | undefined,
): AgentAuthorizationDocument {
  const problem = (message: string) =>
    new DomainError('invalid_input', `The authorized agent's document ${message}.`, [
      { path: 'agent.authorization', message },
    ]);
  if (!document || document.content.length === 0) {
    throw problem('is required: upload the signed permission or power of attorney');
  }
  if (!AGENT_AUTHORIZATION_TYPES.includes(document.contentType)) {
    throw problem('must be a PDF, JPEG or PNG file');
  }
  if (document.content.length > AGENT_AUTHORIZATION_MAX_BYTES) {
    throw problem('must be at most 5 MB');
  }
  return document;
}

/** Agents' authorizations (agent_authorizations), in the current transaction. */
@Injectable()
export class AgentAuthorizations {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** Stores the document sealed with AES-256-GCM; it is never sent on to anyone (regs 7063). */
  async store(
    requestId: string,
    agent: AgentDetails,
    document: AgentAuthorizationDocument,
    key: Buffer,
  ): Promise<void> {
    const sealed = sealToBytes(key, requestId, document.content);
    await this.txHost.tx.insert(AgentAuthorization, {
      requestId,
      agentName: agent.name,
      agentEmail: agent.email,
      kind: agent.powerOfAttorney ? 'power_of_attorney' : 'signed_permission',
      fileName: document.fileName.slice(0, 255),
      contentType: document.contentType,
      byteSize: document.content.length,
      iv: sealed.subarray(0, 12),
      authTag: sealed.subarray(12, 28),
      ciphertext: sealed.subarray(28),
    });
  }
}
