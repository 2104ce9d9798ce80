import { existsSync } from 'node:fs';

/**
 * DejaVu Sans from Debian's fonts-dejavu-core: embedded (subset) in every letter, it prints
 * Latin with every accent, Greek and Cyrillic names. Scripts it lacks (CJK, most Indic) are
 * refused rather than printed as empty boxes: see LetterFontCoverageError.
 */
export const LETTER_FONTS = {
  regular: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  bold: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
} as const;

export function assertLetterFontsInstalled(): void {
  for (const path of Object.values(LETTER_FONTS)) {
    if (!existsSync(path)) {
      throw new Error(
        `The letter font ${path} is missing: install the Debian package fonts-dejavu-core.`,
      );
    }
  }
}

/** A letter would need characters its font cannot print, e.g. a name in Chinese script. */
export class LetterFontCoverageError extends Error {
  constructor(readonly characters: string[]) {
    super(
      `The letter font cannot print ${characters.map((c) => `U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`).join(', ')}.`,
    );
    this.name = 'LetterFontCoverageError';
  }
}
