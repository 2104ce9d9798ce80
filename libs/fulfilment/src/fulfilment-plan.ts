import type { FulfilmentAction } from '@rightsdesk/persistence';

export interface PlannedStep {
  action: FulfilmentAction;
  /** A data-map system, or `all` for a step that spans every system. */
  source: string;
}

/**
 * A system a request can be carried out on. A bare name takes every action; a database, webhook
 * or manual system only the actions it has (SourceRegistry) or the map lists for it.
 */
export type FulfilmentSource = string | { name: string; actions?: readonly FulfilmentAction[] };

/**
 * The steps that carry out an approved request: one per data source and action, so each source
 * succeeds, fails and is retried on its own. Processors and third parties told by webhook, and
 * tasks done by hand, are sources too (GDPR Art. 19; CCPA regs 7022(b)(3)). An access package
 * spans every database (one document for the person), so access is a single step. An appeal
 * changes no data: an officer decides it, and its flow has no steps.
 */
export function planFulfilment(type: string, sources: readonly FulfilmentSource[]): PlannedStep[] {
  const perSource = (action: FulfilmentAction) =>
    sources.flatMap((source) => {
      if (typeof source === 'string') return [{ action, source }];
      const takes = !source.actions || source.actions.includes(action);
      return takes ? [{ action, source: source.name }] : [];
    });
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
