import type { Request } from 'express';
import { MulterOptions } from '@nestjs/platform-express/multer/interfaces/multer-options.interface';
import {
  AGENT_AUTHORIZATION_MAX_BYTES,
  AGENT_AUTHORIZATION_TYPES,
  AgentAuthorizationDocument,
  scannedDocumentTypeOf,
} from '@rightsdesk/intake';

/** The form field of the signed permission (regs 7063(a)). */
export const AUTHORIZATION_FIELD = 'agent.authorization';

/** What multer's memory storage gives for an uploaded file. */
export interface UploadedDocument {
  originalname: string;
  mimetype: string;
  buffer: Buffer;
}

interface UploadRequest extends Request {
  refusedUploadType?: boolean;
}

/**
 * Multer limits for the request form: one file up to the intake's size limit, in a type a
 * person can sign and scan. A file of another type is not read into memory at all; the
 * request is marked so the form can say what is wrong with the file.
 */
export const AGENT_UPLOAD_OPTIONS: MulterOptions = {
  limits: {
    fileSize: AGENT_AUTHORIZATION_MAX_BYTES,
    files: 1,
    fields: 80,
    fieldSize: 10_000,
    parts: 90,
  },
  fileFilter: (request: UploadRequest, file, accept) => {
    const allowed = AGENT_AUTHORIZATION_TYPES.includes(file.mimetype);
    if (!allowed) request.refusedUploadType = true;
    accept(null, allowed);
  },
};

// A browser reports the type it guesses from the name; the first bytes say what the file is.
function contentMatches(type: string, content: Buffer): boolean {
  return scannedDocumentTypeOf(content) === type;
}

/**
 * The uploaded authorization as the intake takes it; `wrong_type` when the file is not a PDF,
 * JPEG or PNG (by its declared type or by its content); undefined when nothing was uploaded.
 */
export function authorizationDocument(
  request: Request,
  file: UploadedDocument | undefined,
): AgentAuthorizationDocument | 'wrong_type' | undefined {
  if ((request as UploadRequest).refusedUploadType) return 'wrong_type';
  if (!file || file.buffer.length === 0) return undefined;
  if (!contentMatches(file.mimetype, file.buffer)) return 'wrong_type';
  return { fileName: file.originalname, contentType: file.mimetype, content: file.buffer };
}
