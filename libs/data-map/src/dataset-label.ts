import type { PeopleLanguage } from './category-words';
import type { DataMap } from './data-map.schema';
import { peopleWords } from './people-words';

/**
 * A dataset's name for people in their language: the table's `label` in the map (never its
 * `description`, a note for staff, nor its table name). See peopleWords for the fallback.
 */
export function datasetLabel(
  map: DataMap,
): (system: string, table: string, language?: PeopleLanguage) => string {
  const words = peopleWords(map);
  return (system, table, language = 'en') => words.dataset(system, table, language);
}
