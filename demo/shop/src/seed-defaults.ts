/** The seed used when none is given. Changing it changes every generated row. */
export const SHOP_DEFAULT_SEED = 20250601;

/**
 * "Now" for the generated shop: every timestamp lies before it. Fixed, never Date.now(), so the
 * same seed produces byte-identical data on any day.
 */
export const SHOP_REFERENCE_DATE = '2025-06-01T00:00:00.000Z';
