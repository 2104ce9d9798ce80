import { Injectable } from '@nestjs/common';
import type { SourceRegistry } from '@rightsdesk/connectors';
import { DataMapStore } from '@rightsdesk/live-config';

/**
 * The systems a request is fulfilled on: those of the data map version it is pinned to. The
 * version is pinned when the request's fulfilment first starts (the active one then); its steps,
 * an officer's retries and the completion check use the same version, even after an admin
 * activates a newer one. Each version's connectors are built once (DataMapStore.sources).
 */
@Injectable()
export class FulfilmentSources {
  constructor(private readonly maps: DataMapStore) {}

  /** Pins the request to the active version when its fulfilment first starts. */
  async starting(requestId: string): Promise<SourceRegistry> {
    return this.maps.sources(await this.maps.pinForRequest(requestId));
  }

  async ofRequest(requestId: string): Promise<SourceRegistry> {
    return this.maps.sources(await this.maps.versionForRequest(requestId));
  }

  async ofStep(stepId: string): Promise<SourceRegistry> {
    return this.maps.sources(await this.maps.versionForStep(stepId));
  }

  async active(): Promise<SourceRegistry> {
    return this.maps.sources(await this.maps.activeVersion());
  }
}
