import type { FulfilmentAction } from '@rightsdesk/persistence';

export interface PlannedStep {
  action: FulfilmentAction;
  /** A data-map system, or `all` for a step that spans every system. */
  source: string;
}

/**
 * The steps that carry out an approved request: one per data source and action, so each source
 * succeeds, fails and is retried on its own. An access package spans every source (one
 * document for the person), so access is a single step. An appeal changes no data: an officer
 * decides it, and its flow has no steps.
 */
export function planFulfilment(type: string, systems: readonly string[]): PlannedStep[] {
  const perSource = (action: FulfilmentAction) => systems.map((source) => ({ action, source }));
  switch (type) {
    case 'access':
      return [{ action: 'access', source: 'all' }];
    case 'delete':
      return perSource('erase');
    case 'correct':
      return perSource('correct');
    case 'withdraw_consent':
      return perSource('withdraw_consent');
    default:
      return [];
  }
}
