/** The kinds of file a person can sign, scan or photograph, as stored and served back. */
export const SCANNED_DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type ScannedDocumentType = (typeof SCANNED_DOCUMENT_TYPES)[number];

// A name or a browser's Content-Type is a guess; the first bytes say what the file is.
const SIGNATURES: ReadonlyArray<readonly [ScannedDocumentType, readonly number[]]> = [
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
];

/** What the file is by its magic number: a PDF, JPEG or PNG, or undefined for anything else. */
export function scannedDocumentTypeOf(content: Buffer): ScannedDocumentType | undefined {
  return SIGNATURES.find(([, signature]) =>
    signature.every((byte, index) => content[index] === byte),
  )?.[0];
}
