import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@rightsdesk/config';
import { DomainError } from '@rightsdesk/domain';
import { DataSubjectRequest } from '@rightsdesk/persistence';
import { RequestRepository } from '@rightsdesk/requests';
import { statusTokenHash } from '@rightsdesk/verification';

export { statusTokenHash };

/** Who is asking about a request: a company system with a key, or the person with their token. */
export type RequestViewer = { kind: 'system' } | { kind: 'subject'; statusToken: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Finds a request for a viewer. A person's token opens their own request and nothing else; an
 * id that does not exist and an id the token does not open get the same 404, so a token holder
 * learns nothing about other requests.
 */
@Injectable()
export class RequestLookup {
  constructor(
    private readonly requests: RequestRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async find(viewer: RequestViewer, id: string | undefined): Promise<DataSubjectRequest> {
    const notFound = new DomainError('not_found', 'No request with that id is available to you.');
    if (viewer.kind === 'subject') {
      const request = await this.requests.findByStatusTokenHash(
        statusTokenHash(this.config.tokenKey, viewer.statusToken),
      );
      if (!request || (id !== undefined && request.id !== id)) throw notFound;
      return request;
    }
    if (!id || !UUID.test(id)) throw notFound;
    const request = await this.requests.findById(id);
    if (!request) throw notFound;
    return request;
  }
}
