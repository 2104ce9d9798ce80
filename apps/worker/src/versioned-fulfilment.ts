import { DataMapStore } from '@rightsdesk/live-config';
import {
  CompleteFulfilmentUseCase,
  RunFulfilmentStepUseCase,
  SourceRegistry,
  StartFulfilmentUseCase,
} from '@rightsdesk/fulfilment';

/** The fulfilment use cases wired to one data map version's sources. */
export interface FulfilmentUseCases {
  start: StartFulfilmentUseCase;
  step: RunFulfilmentStepUseCase;
  complete: CompleteFulfilmentUseCase;
}

/**
 * Fulfilment by the data map version each request is pinned to. The version is pinned when the
 * request's fulfilment first starts (the active one then); its steps, an officer's retries and
 * the completion check use the same version, even after an admin activates a newer one. The use
 * cases are built once per version, like the version's connectors.
 */
export class VersionedFulfilment {
  private readonly built = new WeakMap<SourceRegistry, FulfilmentUseCases>();

  constructor(
    private readonly maps: DataMapStore,
    private readonly build: (sources: SourceRegistry) => FulfilmentUseCases,
  ) {}

  async starting(requestId: string): Promise<FulfilmentUseCases> {
    return this.forVersion(await this.maps.pinForRequest(requestId));
  }

  async ofRequest(requestId: string): Promise<FulfilmentUseCases> {
    return this.forVersion(await this.maps.versionForRequest(requestId));
  }

  async ofStep(stepId: string): Promise<FulfilmentUseCases> {
    return this.forVersion(await this.maps.versionForStep(stepId));
  }

  private async forVersion(version: number): Promise<FulfilmentUseCases> {
    const sources = await this.maps.sources(version);
    let useCases = this.built.get(sources);
    if (!useCases) {
      useCases = this.build(sources);
      this.built.set(sources, useCases);
    }
    return useCases;
  }
}
