import { Injectable } from '@nestjs/common';
import type { SubjectIdentity } from '@rightsdesk/connectors';
import { DataMapInForce } from '@rightsdesk/live-config';
import { DataPointMatcher } from './data-point-matcher';

/** Compares stated data points with the databases of the map in force (regs 7062). */
@Injectable()
export class ActiveMapIdentityMatcher {
  constructor(private readonly maps: DataMapInForce) {}

  async match(identity: SubjectIdentity) {
    return new DataPointMatcher(await this.maps.activeSources()).match(identity);
  }
}
