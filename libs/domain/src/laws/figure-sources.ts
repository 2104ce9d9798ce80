import type { Regime } from '../request-kinds';
import { EARLY_FIGURE_SOURCES } from './figure-sources-early';
import { LATE_FIGURE_SOURCES } from './figure-sources-late';
import type { FigureSource } from './privacy-law';

/**
 * Where each figure of the US state laws comes from, kept beside the law table rather than in it:
 * the clocks run on the table, the docs and their specs read this to say which figure the statute's
 * own words back and which rests on something less.
 */
const FIGURE_SOURCES: Partial<Record<Regime, readonly FigureSource[]>> = {
  ...EARLY_FIGURE_SOURCES,
  ...LATE_FIGURE_SOURCES,
};

/** The sources of a law's figures, in the order the docs list them; none for the CCPA or the GDPR. */
export function figureSourcesOf(id: Regime): readonly FigureSource[] {
  return FIGURE_SOURCES[id] ?? [];
}
