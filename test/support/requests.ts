import { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import {
  SubmitRequestUseCase,
  enteredRequestSchema,
  submitRequestSchema,
} from '@rightsdesk/intake';
import { startTestIntake } from './intake';

/**
 * One intake per database for the requests created at once (a test may create thirty in
 * parallel); closed when its last user is done.
 */
const shared = new Map<string, { intake: Promise<TestingModule>; users: number }>();

async function withIntake<T>(
  databaseUrl: string,
  work: (intake: TestingModule) => Promise<T>,
): Promise<T> {
  let current = shared.get(databaseUrl);
  if (!current) {
    // Review specs use consent withdrawals as requests that wait for an officer at once (no
    // code to confirm): the installation here has review turned on for them.
    current = {
      intake: startTestIntake({ DATABASE_URL: databaseUrl, REVIEW_WITHDRAWALS: 'true' }),
      users: 0,
    };
    shared.set(databaseUrl, current);
  }
  current.users += 1;
  try {
    return await work(await current.intake);
  } finally {
    current.users -= 1;
    if (current.users === 0) {
      shared.delete(databaseUrl);
      await (await current.intake).close();
    }
  }
}

/**
 * Records a request through the real intake use case, in the database `dataSource` reads (a
 * test's own database or the shared test database); returns its id.
 */
export async function createTestRequest(
  dataSource: DataSource,
  input: Partial<Record<string, unknown>> = {},
): Promise<string> {
  const { url } = dataSource.options as { url?: string };
  if (!url) throw new Error('createTestRequest needs a data source opened by URL');
  return withIntake(url, async (intake) => {
    const command = submitRequestSchema.parse({
      type: 'access',
      email: `person-${Math.random().toString(36).slice(2)}@example.org`,
      ...input,
    });
    const submitted = await intake
      .get(SubmitRequestUseCase)
      .execute(command, { manner: 'api', actor: 'test' });
    return submitted.id;
  });
}

/**
 * Records a request staff entered from a letter, as the console intake does: the person may give
 * no email, only their name and postal address. Returns its id.
 */
export async function createLetterTestRequest(
  dataSource: DataSource,
  input: Partial<Record<string, unknown>>,
): Promise<string> {
  const { url } = dataSource.options as { url?: string };
  if (!url) throw new Error('createLetterTestRequest needs a data source opened by URL');
  return withIntake(url, async (intake) => {
    const command = enteredRequestSchema.parse({
      type: 'access',
      answerChannel: 'postal',
      ...input,
    });
    const submitted = await intake
      .get(SubmitRequestUseCase)
      .execute(command, { manner: 'postal', actor: 'staff' });
    return submitted.id;
  });
}
