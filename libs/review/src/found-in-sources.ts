import { Injectable } from '@nestjs/common';
import { AmbiguousPersonError, type SubjectIdentity } from '@rightsdesk/connectors';
import { DataMapInForce } from '@rightsdesk/live-config';
import { AccessPackage, FulfilmentStep } from '@rightsdesk/persistence';
import { FoundInSource } from './request-review.model';

const PREVIEW_DATASETS = 5;

/**
 * What the data sources hold for a request's person: from the fulfilment steps once they ran,
 * or, before fulfilment has searched, a look-up now (the map in force and the registry's
 * look-up, which follows links between databases) that changes nothing.
 */
@Injectable()
export class FoundInSources {
  constructor(private readonly maps: DataMapInForce) {}

  /** A dataset's name as people read it (the map's label), which staff see too. */
  private labelOf(source: string, table: string): string {
    return this.maps.current().datasetLabel(source, table);
  }

  /** Rows per table of each data source for a person, found now. */
  private async lookup(
    identity: SubjectIdentity,
  ): Promise<Array<{ source: string; tables: Record<string, number> }>> {
    const sources = await this.maps.sources(this.maps.current().version);
    return Promise.all(
      sources.connectors.map(async (connector) => ({
        source: connector.system.name,
        tables: await connector.countRows(await sources.locate(connector.system.name, identity)),
      })),
    );
  }

  /**
   * A live count per source; a source that does not answer says so instead of failing the page,
   * and a name and address that match several people say how many and which keys.
   */
  async lookUp(identity: SubjectIdentity): Promise<FoundInSource[]> {
    try {
      const found = await this.lookup(identity);
      return found.map(({ source, tables }) => {
        const datasets = Object.entries(tables).map(([table, rows]) => ({
          dataset: this.labelOf(source, table),
          rows,
        }));
        return {
          stepId: '',
          source,
          action: 'lookup',
          status: 'found now',
          attempts: 0,
          error: null,
          rows: datasets.reduce((sum, entry) => sum + entry.rows, 0),
          preview: datasets
            .filter((entry) => entry.rows > 0)
            .sort((a, b) => b.rows - a.rows)
            .slice(0, PREVIEW_DATASETS),
          waiting: null,
        };
      });
    } catch (error) {
      if (error instanceof AmbiguousPersonError) return [notChosen(error)];
      return [
        {
          stepId: '',
          source: 'all sources',
          action: 'lookup',
          status: 'not searched',
          attempts: 0,
          error: 'A data source did not answer; try again later.',
          rows: null,
          preview: [],
          waiting: null,
        },
      ];
    }
  }

  /** Counts per dataset from what the step kept: the package manifest, or the planned rows. */
  fromStep(step: FulfilmentStep, accessPackage: AccessPackage | null): FoundInSource {
    let datasets: Array<{ dataset: string; rows: number }> = [];
    if (step.action === 'access' && accessPackage) {
      datasets = accessPackage.manifest
        .filter((entry) => entry.system === step.source)
        .map((entry) => ({ dataset: entry.label, rows: entry.rows }));
    } else {
      const planned = (step.result?.planned ?? step.planned?.counts) as
        Record<string, number> | undefined;
      datasets = Object.entries(planned ?? {}).map(([table, rows]) => ({
        dataset: this.labelOf(step.source, table),
        rows,
      }));
    }
    const known = datasets.length > 0;
    const planned = (step.planned ?? {}) as { task?: string; instructions?: string };
    return {
      stepId: step.id,
      source: step.source,
      action: step.action,
      status: step.status,
      attempts: step.attempts,
      error: step.error,
      rows: known ? datasets.reduce((sum, entry) => sum + entry.rows, 0) : null,
      preview: datasets
        .filter((entry) => entry.rows > 0)
        .sort((a, b) => b.rows - a.rows)
        .slice(0, PREVIEW_DATASETS),
      waiting:
        step.status === 'waiting'
          ? {
              kind: planned.task === 'manual' ? 'staff' : 'recipient',
              instructions: planned.instructions ?? null,
            }
          : null,
    };
  }
}

/** Several people match a person without an email: the officer decides, nothing is searched. */
function notChosen(error: AmbiguousPersonError): FoundInSource {
  return {
    stepId: '',
    source: error.system,
    action: 'lookup',
    status: 'several people match',
    attempts: 0,
    error: error.message,
    rows: null,
    preview: [],
    waiting: null,
  };
}
