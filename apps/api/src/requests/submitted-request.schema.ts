import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

/** OpenAPI description of the 201 answer to a submitted request. */
export const submittedRequestSchema: SchemaObject = {
  type: 'object',
  required: [
    'id',
    'reference',
    'type',
    'status',
    'regime',
    'receivedAt',
    'dueAt',
    'dueOn',
    'dueExplanation',
  ],
  properties: {
    id: { type: 'string', format: 'uuid' },
    reference: { type: 'string', example: 'RD-7K3M-Q9XD' },
    type: { type: 'string', enum: ['access', 'correct', 'delete', 'withdraw_consent'] },
    status: { type: 'string', example: 'received' },
    regime: { type: 'string', example: 'ccpa' },
    receivedAt: { type: 'string', format: 'date-time' },
    dueAt: { type: 'string', format: 'date-time' },
    dueOn: { type: 'string', format: 'date', example: '2027-01-09' },
    dueExplanation: {
      type: 'string',
      example: 'due 2027-01-09: 45 days from receipt on 2026-11-25 (CCPA regs 7021(b))',
    },
  },
};
