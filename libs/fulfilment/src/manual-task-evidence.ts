import { DomainError } from '@rightsdesk/domain';

/** A file staff attach when they complete a task: a confirmation letter, a scan, a screenshot. */
export interface EvidenceFile {
  fileName: string;
  contentType: string;
  content: Buffer;
}

export const EVIDENCE_FILE_TYPES: readonly string[] = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'text/plain',
];
export const EVIDENCE_MAX_BYTES = 5 * 1024 * 1024;
export const EVIDENCE_NOTE_MAX_LENGTH = 5000;

// The first bytes say what a file is; a browser only guesses from the name.
const SIGNATURES: Record<string, number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

/**
 * Checks what staff send before anything is written: a note saying what was done (required,
 * it is the record regs 7101 asks for) and, optionally, one file of an accepted type and size.
 */
export function checkEvidence(
  note: unknown,
  file: EvidenceFile | undefined,
): { note: string; file?: EvidenceFile } {
  const problem = (path: string, message: string) =>
    new DomainError('invalid_input', `The ${path} ${message}.`, [{ path, message }]);
  const text = typeof note === 'string' ? note.trim() : '';
  if (!text) throw problem('note', 'is required: say what was done, when and by whom');
  if (text.length > EVIDENCE_NOTE_MAX_LENGTH) {
    throw problem('note', `must be at most ${EVIDENCE_NOTE_MAX_LENGTH} characters`);
  }
  if (!file || file.content.length === 0) return { note: text };
  const type = file.contentType.split(';')[0].trim().toLowerCase();
  if (!EVIDENCE_FILE_TYPES.includes(type) || !contentMatches(type, file.content)) {
    throw problem('file', 'must be a PDF, PNG, JPEG or plain text file');
  }
  if (file.content.length > EVIDENCE_MAX_BYTES) throw problem('file', 'must be at most 5 MB');
  return { note: text, file: { ...file, contentType: type } };
}

function contentMatches(type: string, content: Buffer): boolean {
  if (type === 'text/plain') {
    // UTF-8 text: no NUL bytes, and decoding must not need replacement characters.
    return !content.includes(0) && Buffer.from(content.toString('utf8'), 'utf8').equals(content);
  }
  const signature = SIGNATURES[type];
  return Boolean(signature?.every((byte, index) => content[index] === byte));
}
