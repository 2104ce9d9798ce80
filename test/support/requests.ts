import { DataSource } from 'typeorm';
import { submitRequestSchema } from '@rightsdesk/intake';
import { testLifecycle } from './lifecycle';

/** Records a request through the real intake use case; returns its id. */
export async function createTestRequest(
  dataSource: DataSource,
  input: Partial<Record<string, unknown>> = {},
): Promise<string> {
  const lifecycle = await testLifecycle(dataSource);
  try {
    const command = submitRequestSchema.parse({
      type: 'access',
      email: `person-${Math.random().toString(36).slice(2)}@example.org`,
      ...input,
    });
    const submitted = await lifecycle.submit.execute(command, { manner: 'api', actor: 'test' });
    return submitted.id;
  } finally {
    await lifecycle.close();
  }
}
