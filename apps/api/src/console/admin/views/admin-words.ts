import { say } from '../../i18n/console-words';
import { staffTime } from '../../i18n/staff-clock';

/** A time as staff read it: in the company's zone, named, as on every staff page. */
export function timeInWords(value: Date | string | null | undefined): string {
  if (!value) return say('admin.none');
  const date = typeof value === 'string' ? new Date(value) : value;
  return say('admin.time', { time: staffTime(date) });
}

/** A time, or "never" when it has not happened: last sign-in, last use of a key. */
export function timeOrNever(value: Date | null): string {
  return value ? timeInWords(value) : say('admin.never');
}

/** An age such as "3 min 20 s" or "2 h 5 min"; "–" when there is none. */
export function ageInWords(ms: number | null): string {
  if (ms === null) return say('admin.none');
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return say('admin.ageSeconds', { seconds });
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return say('admin.ageMinutes', { minutes, seconds: seconds % 60 });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return say('admin.ageHours', { hours, minutes: minutes % 60 });
  return say('admin.ageDays', { days: Math.floor(hours / 24) });
}

/**
 * Who did something, as recorded (`system`, `staff:<id>`, `api:<key id>`): a member of staff by
 * name from `names`, one no longer on the staff list as an earlier administrator, never an id.
 */
export function actorInWords(
  actor: string | null,
  names: Readonly<Record<string, string>> = {},
): string {
  if (!actor) return say('admin.none');
  if (actor === 'system') return say('admin.actorSystem');
  if (actor.startsWith('api:')) return say('admin.actorApiKey', { prefix: actor.slice(4, 12) });
  if (actor.startsWith('staff:')) {
    return Object.hasOwn(names, actor) ? names[actor] : say('admin.actorEarlierAdministrator');
  }
  return actor;
}
