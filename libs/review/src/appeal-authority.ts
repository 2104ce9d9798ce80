import { Regime } from '@rightsdesk/domain';

/**
 * Who a person may complain to when their appeal is refused, with how to reach them: the state
 * Attorney General (Va. Code 59.1-577(C); C.R.S. 6-1-1306(3); Conn. Gen. Stat. 42-518(d);
 * Tex. Bus. & Com. Code 541.053). Regimes without an appeal clock have no entry.
 */
const AUTHORITIES: Partial<Record<Regime, string>> = {
  vcdpa: 'the Virginia Attorney General, at www.oag.state.va.us/consumer-protection',
  cpa: 'the Colorado Attorney General, at coag.gov/file-complaint',
  ctdpa: 'the Connecticut Attorney General, at portal.ct.gov/ag',
  tdpsa: 'the Texas Attorney General, at www.texasattorneygeneral.gov/consumer-protection',
};

export function appealAuthorityFor(regime: Regime): string | undefined {
  return AUTHORITIES[regime];
}
