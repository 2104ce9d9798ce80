import { DataSource } from 'typeorm';
import {
  SubmitRequestCommand,
  SubmitRequestUseCase,
  submitRequestSchema,
} from '@rightsdesk/intake';

/** Records a request through the real intake use case; returns its id. */
export async function createTestRequest(
  dataSource: DataSource,
  input: Partial<Record<string, unknown>> = {},
): Promise<string> {
  const command: SubmitRequestCommand = submitRequestSchema.parse({
    type: 'access',
    email: `person-${Math.random().toString(36).slice(2)}@example.org`,
    ...input,
  });
  const submitted = await new SubmitRequestUseCase(dataSource, {
    defaultRegime: 'ccpa',
    timeZone: 'America/Los_Angeles',
  }).execute(command, { manner: 'api', actor: 'test' });
  return submitted.id;
}
