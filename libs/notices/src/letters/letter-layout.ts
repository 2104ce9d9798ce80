/** Paper the company prints letters on (LETTER_PAPER_SIZE). */
export const PAPER_SIZES = ['letter', 'a4'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** A rectangle on the page in PDF points (1/72 inch), measured from the top-left corner. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LetterLayout {
  /** pdfkit's name for the sheet. */
  sheet: 'LETTER' | 'A4';
  margins: { top: number; right: number; bottom: number; left: number };
  /** Where the recipient's address shows through the envelope's window. */
  addressWindow: Box;
  /** An optional one-line return address just above the delivery address, inside the window. */
  returnLine: Box | null;
  /** Date and reference, outside the window so they never show on the envelope. */
  infoBlock: Box;
  /** Where the subject line and body begin on the first page. */
  bodyTop: number;
  /** Short marks on the left edge showing where to fold the sheet for the envelope. */
  foldMarks: number[];
}

const inch = 72;
const mm = 72 / 25.4;

/**
 * US Letter in a #10 window envelope. The USPS-recommended window is 4½″ × 1⅛″, ⅞″ from the
 * left and ½″ from the bottom of the 9½″ × 4⅛″ envelope; the address needs ⅛″ clear of every
 * window edge. A sheet folded in thirds (3⅔″ panels) sits at the bottom of the envelope, so the
 * window shows the sheet from 2.04″ to 3.17″ below its top and from ⅞″ to 5⅜″ from its left.
 */
const LETTER: LetterLayout = {
  sheet: 'LETTER',
  margins: { top: 0.6 * inch, right: 0.9 * inch, bottom: 0.9 * inch, left: 1 * inch },
  addressWindow: { x: 1 * inch, y: 2.167 * inch, width: 4.25 * inch, height: 0.875 * inch },
  returnLine: null,
  infoBlock: { x: 5.6 * inch, y: 2.167 * inch, width: 2 * inch, height: 0.875 * inch },
  bodyTop: 3.5 * inch,
  foldMarks: [(11 / 3) * inch, (22 / 3) * inch],
};

/**
 * A4 in a DL window envelope, DIN 5008 form B: the address field is 85 mm × 45 mm, 20 mm from
 * the left and 45 mm from the top; its first 17.7 mm hold the return line, the delivery address
 * the remaining 27.3 mm. Folds at 105 mm and 210 mm.
 */
const A4: LetterLayout = {
  sheet: 'A4',
  margins: { top: 15 * mm, right: 20 * mm, bottom: 22 * mm, left: 25 * mm },
  addressWindow: { x: 25 * mm, y: 62.7 * mm, width: 80 * mm, height: 27.3 * mm },
  returnLine: { x: 25 * mm, y: 55 * mm, width: 80 * mm, height: 5 * mm },
  infoBlock: { x: 125 * mm, y: 50 * mm, width: 65 * mm, height: 40 * mm },
  bodyTop: 100 * mm,
  foldMarks: [105 * mm, 210 * mm],
};

export function letterLayout(paper: PaperSize): LetterLayout {
  return paper === 'a4' ? A4 : LETTER;
}
