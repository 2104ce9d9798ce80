import { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { SubmitRequestUseCase, submitRequestSchema } from '@rightsdesk/intake';
import { startTestIntake } from './intake';

/** One intake for the requests created at once (a test may create thirty in parallel). */
let shared: { intake: Promise<TestingModule>; users: number } | undefined;

async function withIntake<T>(work: (intake: TestingModule) => Promise<T>): Promise<T> {
  const current = (shared ??= { intake: startTestIntake(), users: 0 });
  current.users += 1;
  try {
    return await work(await current.intake);
  } finally {
    current.users -= 1;
    if (current.users === 0) {
      shared = undefined;
      await (await current.intake).close();
    }
  }
}

/**
 * Records a request through the real intake use case; returns its id. The request lands in the
 * test database (TEST_DATABASE_URL), which `_dataSource` reads too.
 */
export async function createTestRequest(
  _dataSource: DataSource,
  input: Partial<Record<string, unknown>> = {},
): Promise<string> {
  return withIntake(async (intake) => {
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
