import type { SourceRegistry } from '@rightsdesk/connectors';
import { FulfilmentSources } from '@rightsdesk/fulfilment';
import type { TestingModuleBuilder } from '@nestjs/testing';

/**
 * Fulfilment on one registry the test built (its own webhooks, the shop map), whatever version
 * the test database holds: replaces FulfilmentSources in a module built by testModule().
 */
export function withSources(
  sources: SourceRegistry,
): (builder: TestingModuleBuilder) => TestingModuleBuilder {
  const fixed: Pick<FulfilmentSources, 'starting' | 'ofRequest' | 'ofStep' | 'active'> = {
    starting: () => Promise.resolve(sources),
    ofRequest: () => Promise.resolve(sources),
    ofStep: () => Promise.resolve(sources),
    active: () => Promise.resolve(sources),
  };
  return (builder) => builder.overrideProvider(FulfilmentSources).useValue(fixed);
}
