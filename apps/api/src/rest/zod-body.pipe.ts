import { PipeTransform } from '@nestjs/common';
import { ZodType } from 'zod';
import { DomainError } from '@rightsdesk/domain';

/** Validates a body against a zod schema; every problem is reported with its field path. */
export class ZodBodyPipe<T> implements PipeTransform<unknown, T> {
  constructor(private readonly schema: ZodType<T>) {}

  transform(value: unknown): T {
    if (
      value === undefined ||
      value === null ||
      typeof value !== 'object' ||
      Array.isArray(value)
    ) {
      throw new DomainError('invalid_input', 'The request body must be a JSON object.');
    }
    const result = this.schema.safeParse(value);
    if (result.success) return result.data;
    const fields = result.error.issues.map((issue) => ({
      path: issue.path.join('.') || '(body)',
      message: issue.message,
    }));
    const summary = fields.map((field) => `${field.path}: ${field.message}`).join('; ');
    throw new DomainError('invalid_input', `The request is not valid: ${summary}`, fields);
  }
}
