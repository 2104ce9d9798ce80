import { DataSource } from 'typeorm';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { correctionRules, parseDataMap, readDataMapFile } from '@rightsdesk/data-map';
import { DataPointMatcher, SourceRegistry } from '@rightsdesk/fulfilment';
import {
  ConfirmVerificationUseCase,
  LifecycleSettings,
  SubmitRequestUseCase,
} from '@rightsdesk/intake';
import type { DataMapNow } from '@rightsdesk/live-config';
import { RenderNoticeUseCase } from '@rightsdesk/notices';
import { IssueVerificationUseCase } from '@rightsdesk/verification';
import { TEST_CONNECTIONS } from './test-env';

export const TEST_KEY = Buffer.alloc(32, 7);

const SHOP_MAP = parseDataMap(
  readFileSync(resolve(__dirname, '../../data-map/shop.v1.yaml'), 'utf8'),
);

export const TEST_SETTINGS: LifecycleSettings = {
  defaultRegime: 'ccpa',
  timeZone: 'America/Los_Angeles',
  tokenKey: TEST_KEY,
  sealKey: TEST_KEY,
  autoApprove: [],
  verificationExpiryDays: 30,
  correction: correctionRules(SHOP_MAP),
};

/** The request lifecycle wired as the processes wire it, against the test databases. */
export async function testLifecycle(
  dataSource: DataSource,
  settings: Partial<LifecycleSettings> = {},
) {
  const all = { ...TEST_SETTINGS, ...settings };
  const sources = new SourceRegistry(
    await readDataMapFile('data-map/shop.v1.yaml'),
    TEST_CONNECTIONS,
  );
  const company = {
    companyName: 'Example Shop',
    contactEmail: 'privacy@example.com',
    timeZone: all.timeZone,
    key: TEST_KEY,
  };
  const notices = new RenderNoticeUseCase(
    dataSource,
    { current: () => company },
    { current: () => ({ datasetLabel: (_system: string, table: string) => table }) as DataMapNow },
  );
  const issue = new IssueVerificationUseCase(dataSource, notices, {
    codeMinutes: 30,
    codesPerHour: 5,
    maxAttempts: 3,
    tokenKey: TEST_KEY,
    publicUrl: 'http://localhost:3000',
  });
  return {
    sources,
    notices,
    issue,
    submit: new SubmitRequestUseCase(dataSource, all, issue, notices),
    confirm: new ConfirmVerificationUseCase(
      dataSource,
      all,
      new DataPointMatcher(sources),
      notices,
    ),
    close: () => sources.close(),
  };
}
