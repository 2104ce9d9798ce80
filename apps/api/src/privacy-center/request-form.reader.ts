import type { Request } from 'express';
import { z } from 'zod';
import { AgentAuthorizationDocument, submitRequestSchema } from '@rightsdesk/intake';
import { PageContext } from '../web/page-context';
import { PageFormResult } from '../web/page-form';
import { AUTHORIZATION_FIELD, UploadedDocument, authorizationDocument } from './agent-upload';
import { localizeIssues } from './i18n/localize-issues';
import { formPathOf, requestFormInput, submittableType } from './request-form.input';
import { FormValues } from './views/form-state';

/** A request form that reads well: the intake's command and the agent's signed permission. */
export interface PostedRequestForm {
  command: z.output<typeof submitRequestSchema>;
  authorization: AgentAuthorizationDocument | undefined;
}

/**
 * Reads a posted request form (`/requests/new/:type`, after its upload was parsed) with the
 * intake's schema: the command, or the problems in the page's language beside the form's own
 * fields, including the agent's file (missing, or not a PDF, JPEG or PNG).
 */
export function readRequestForm(
  request: Request,
  { t, language }: PageContext,
): PageFormResult<PostedRequestForm> {
  const type = submittableType(String(request.params.type));
  const body = (request.body ?? {}) as FormValues;
  const file = (request as { file?: UploadedDocument }).file;
  const document = authorizationDocument(request, file);
  const input = requestFormInput(type, body, language, document !== undefined);
  const parsed = submitRequestSchema.safeParse(input);
  const issues = parsed.success ? [] : parsed.error.issues;
  const errors = localizeIssues(
    issues.map((issue) => ({ path: formPathOf(issue.path, body), code: issue.code })),
    t,
  );
  if (document === 'wrong_type') {
    errors.push({ field: AUTHORIZATION_FIELD, message: t.validation.agentAuthorizationType });
  } else if (input.agent && !document) {
    errors.push({ field: AUTHORIZATION_FIELD, message: t.validation.agentAuthorization });
  }
  if (!parsed.success || errors.length > 0 || document === 'wrong_type') {
    return { ok: false, errors };
  }
  return { ok: true, data: { command: parsed.data, authorization: document }, errors: [] };
}
