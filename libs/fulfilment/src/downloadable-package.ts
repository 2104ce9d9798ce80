import { EntityManager } from 'typeorm';
import { DomainError } from '@rightsdesk/domain';
import { AccessPackage } from '@rightsdesk/persistence';
import { isPackageExpired } from './package-expiry';

/**
 * The request's ready package, if it can still be downloaded. No package yet is invalid_state
 * (a 409 page); a package past its days is gone (a 410 page).
 */
export async function downloadablePackage(
  manager: EntityManager,
  requestId: string,
  packageDays: number,
  now: Date = new Date(),
): Promise<AccessPackage> {
  const found = await manager
    .getRepository(AccessPackage)
    .findOneBy({ requestId, status: 'ready' });
  if (!found) throw new DomainError('invalid_state', 'The data for this request is not ready.');
  if (isPackageExpired(found.createdAt, packageDays, now)) {
    throw new DomainError('gone', 'The download for this request has expired.');
  }
  return found;
}
