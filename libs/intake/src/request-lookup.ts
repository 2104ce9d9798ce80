import { EntityManager } from 'typeorm';
import { DomainError } from '@rightsdesk/domain';
import { DataSubjectRequest } from '@rightsdesk/persistence';
import { keyedHash } from '@rightsdesk/verification';

/** Who is asking about a request: a company system with a key, or the person with their token. */
export type RequestViewer = { kind: 'system' } | { kind: 'subject'; statusToken: string };

/**
 * Finds a request for a viewer. A person's token opens their own request and nothing else; an
 * id that does not exist and an id the token does not open get the same 404, so a token holder
 * learns nothing about other requests.
 */
export async function findRequestFor(
  manager: EntityManager,
  tokenKey: Buffer,
  viewer: RequestViewer,
  id: string | undefined,
): Promise<DataSubjectRequest> {
  const repository = manager.getRepository(DataSubjectRequest);
  const notFound = new DomainError('not_found', 'No request with that id is available to you.');
  if (viewer.kind === 'subject') {
    const request = await repository.findOneBy({
      statusTokenHash: statusTokenHash(tokenKey, viewer.statusToken),
    });
    if (!request || (id !== undefined && request.id !== id)) throw notFound;
    return request;
  }
  if (!id || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
    throw notFound;
  const request = await repository.findOneBy({ id });
  if (!request) throw notFound;
  return request;
}

export function statusTokenHash(tokenKey: Buffer, token: string): string {
  return keyedHash(tokenKey, 'status', token);
}
