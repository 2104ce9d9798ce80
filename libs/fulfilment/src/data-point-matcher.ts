import { DataPoint, DataPointMatch } from '@rightsdesk/domain';
import { SourceRegistry } from '@rightsdesk/connectors';

type Identity = Parameters<SourceRegistry['connectors'][number]['locate']>[0];

/**
 * Compares the data points a person states with every system in the data map. One system
 * holding a matching value is a match; a system holding a different value, with none matching,
 * is a contradiction. Values are compared, never returned.
 */
export class DataPointMatcher {
  constructor(private readonly sources: SourceRegistry) {}

  async match(identity: Identity): Promise<Partial<Record<DataPoint, DataPointMatch>>> {
    const results: Array<
      Record<'name' | 'phone' | 'postalAddress' | 'orderNumber', DataPointMatch>
    > = [];
    for (const connector of this.sources.connectors) {
      results.push((await connector.locate(identity)).dataPoints);
    }
    return {
      name: combine(results.map((result) => result.name)),
      phone: combine(results.map((result) => result.phone)),
      postal_address: combine(results.map((result) => result.postalAddress)),
      last_order_number: combine(results.map((result) => result.orderNumber)),
    };
  }
}

function combine(matches: DataPointMatch[]): DataPointMatch {
  for (const outcome of ['matched', 'not_matched', 'not_provided'] as const) {
    if (matches.includes(outcome)) return outcome;
  }
  return 'not_held';
}
