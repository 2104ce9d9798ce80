/** A time as staff read it in tables: `2026-12-02 14:05 UTC` (one zone for everyone). */
export function timeInWords(value: Date | string | null | undefined): string {
  if (!value) return '–';
  const date = typeof value === 'string' ? new Date(value) : value;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** An age such as "3 min 20 s" or "2 h 5 min"; "–" when there is none. */
export function ageInWords(ms: number | null): string {
  if (ms === null) return '–';
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} days`;
}

/** Who did something, as recorded (`system`, `staff:<id>`, `api:<key id>`), for a table cell. */
export function actorInWords(actor: string | null): string {
  if (!actor) return '–';
  if (actor === 'system') return 'the system (DATA_MAP_PATH at start-up)';
  if (actor.startsWith('api:')) return `API key ${actor.slice(4, 12)}…`;
  return actor;
}
