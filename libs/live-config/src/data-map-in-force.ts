import { Injectable } from '@nestjs/common';
import type { SourceRegistry } from '@rightsdesk/connectors';
import {
  type CorrectionRules,
  type DataMap,
  correctionRules,
  datasetLabel,
  peopleWords,
  type PeopleWords,
} from '@rightsdesk/data-map';
import { CorrectableData } from './correctable-data';
import { DataMapStore, type VersionedDataMap } from './data-map-store';

/** The data map in force at one moment, with what readers derive from it. */
export interface DataMapNow {
  version: number;
  map: DataMap;
  /** Which fields a person may ask to correct, and how (from the map's correctable fields). */
  correction: CorrectionRules;
  /** A dataset's name for people (English unless a language is given), from the map's label. */
  datasetLabel: ReturnType<typeof datasetLabel>;
  /** Datasets, fields and values in people's words, in their language (never staff notes). */
  words: PeopleWords;
  /** The fields and records a person may ask to correct, named in people's words. */
  correctable: CorrectableData;
}

/**
 * The active data map version, read explicitly: `current()` for synchronous readers (at most
 * DATA_MAP_POLL_MS behind the database), `active()` for one read of the database, and the
 * connectors of any stored version through `sources()`.
 */
@Injectable()
export class DataMapInForce {
  private derived: DataMapNow | undefined;

  constructor(private readonly store: DataMapStore) {}

  current(): DataMapNow {
    return this.derive(this.store.current());
  }

  async active(): Promise<DataMapNow> {
    return this.derive(await this.store.active());
  }

  /** The connectors of a stored version (one pool per database, built once). */
  sources(version: number): Promise<SourceRegistry> {
    return this.store.sources(version);
  }

  /** The connectors of the version in force. */
  async activeSources(): Promise<SourceRegistry> {
    return this.store.sources(await this.store.activeVersion());
  }

  /** Correction rules and labels are computed once per version. */
  private derive({ version, map }: VersionedDataMap): DataMapNow {
    if (this.derived?.version !== version || this.derived.map !== map) {
      const correction = correctionRules(map);
      const words = peopleWords(map);
      this.derived = {
        version,
        map,
        correction,
        datasetLabel: datasetLabel(map),
        words,
        correctable: new CorrectableData(correction, words),
      };
    }
    return this.derived;
  }
}
