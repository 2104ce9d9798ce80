import type { Residence } from '@rightsdesk/domain';
import type { DataSubjectRequest } from '@rightsdesk/persistence';

/**
 * Where the person lived when they made the request, read from its residence columns (an
 * appeal carries the residence of the request it appeals), or undefined when they gave none.
 */
export function residenceOf(
  request: Pick<DataSubjectRequest, 'residenceCountry' | 'residenceRegion'>,
): Residence | undefined {
  if (!request.residenceCountry) return undefined;
  return { country: request.residenceCountry, region: request.residenceRegion ?? undefined };
}
