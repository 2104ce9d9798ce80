// ISO 8601 durations as retention periods use them: P7Y, P13M, P90D, P1Y6M, PT24H.
// Weeks may not be mixed with other units (ISO 8601-1 §5.5.2.4 keeps PnW on its own).
const ISO_DURATION =
  /^P(?:(\d+)W|(?=\d|T\d)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?)$/;

/** The parts of an ISO 8601 duration; absent parts are 0. */
export interface IsoDuration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/** Parses an ISO 8601 duration such as P7Y, or returns null when the text is not one. */
export function parseIsoDuration(text: string): IsoDuration | null {
  const match = ISO_DURATION.exec(text);
  if (!match) return null;
  const part = (index: number): number => Number(match[index] ?? 0);
  return {
    weeks: part(1),
    years: part(2),
    months: part(3),
    days: part(4),
    hours: part(5),
    minutes: part(6),
    seconds: part(7),
  };
}

export function isIsoDuration(text: string): boolean {
  return parseIsoDuration(text) !== null;
}
