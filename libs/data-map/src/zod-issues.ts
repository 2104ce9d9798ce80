import type { z } from 'zod';
import type { MapIssue } from './map-issue';

/** Turns zod's issues into short messages an admin editing YAML understands. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[]): MapIssue[] {
  return issues.flatMap((issue): MapIssue[] => {
    const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...path, key], message: 'unknown key' }));
    }
    return [{ path, message: messageFor(issue) }];
  });
}

function messageFor(issue: z.core.$ZodIssue): string {
  const input: unknown = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined
        ? 'required'
        : `expected ${issue.expected}, got ${describe(input)}`;
    case 'invalid_value':
      if (input === undefined) return 'required';
      return `${JSON.stringify(input)} is not one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_union': {
      const discriminator = (issue as { discriminator?: string }).discriminator;
      const options = (issue as { options?: unknown[] }).options;
      if (discriminator !== undefined && options) {
        const value = (input as Record<string, unknown> | undefined)?.[discriminator];
        if (value === undefined) return 'required';
        return `${JSON.stringify(value)} is not one of: ${options.map(String).join(', ')}`;
      }
      return input === undefined ? 'required' : issue.message;
    }
    case 'invalid_key':
      return `invalid name: ${issue.issues[0]?.message ?? issue.message}`;
    default:
      return issue.message;
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}
