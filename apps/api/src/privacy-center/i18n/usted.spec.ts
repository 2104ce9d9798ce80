import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { DATA_CATEGORIES, type DataCategory, categoryWords } from '@rightsdesk/data-map';
import { PRIVACY_LAW_LIST } from '@rightsdesk/domain';
import { MessageCatalogue, tuFormsIn } from '@rightsdesk/messages';
import { ANSWER_WORDS, CATEGORY_WORDS, NOTICE_WORDS } from '@rightsdesk/notices';
import { PAGE_WORDS } from './page-words';

/** Every Spanish message of a catalogue, by key. */
function spanishOf(catalogue: MessageCatalogue<'en' | 'es'>): Array<[string, string]> {
  return catalogue.keys('es').map((key) => [key, catalogue.source('es', key)]);
}

/** Every `es` text anywhere in a parsed YAML document, by its path. */
function spanishInMap(node: unknown, path: string): Array<[string, string]> {
  if (Array.isArray(node))
    return node.flatMap((item, index) => spanishInMap(item, `${path}[${index}]`));
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]): Array<[string, string]> =>
    key === 'es' && typeof value === 'string'
      ? [[`${path}.es`, value]]
      : spanishInMap(value, `${path}.${key}`),
  );
}

function informal(texts: Array<[string, string]>): string[] {
  return texts
    .map(([where, text]) => [where, tuFormsIn(text)] as const)
    .filter(([, forms]) => forms.length > 0)
    .map(([where, forms]) => `${where}: ${forms.join(', ')}`);
}

describe('Spanish a person reads addresses them as usted, never tú', () => {
  it('in the privacy center’s pages, the emails and letters, and the access report', () => {
    const texts = [
      ...spanishOf(PAGE_WORDS),
      ...spanishOf(NOTICE_WORDS),
      ...spanishOf(ANSWER_WORDS),
    ];
    expect(texts.length).toBeGreaterThan(500);
    expect(informal(texts)).toEqual([]);
  });

  it('in the data map’s labels, purposes, retention and code words', async () => {
    const map: unknown = parse(await readFile('data-map/shop.v1.yaml', 'utf8'));
    const texts = spanishInMap(map, 'shop.v1');
    expect(texts.length).toBeGreaterThan(100);
    expect(informal(texts)).toEqual([]);
  });

  it('in the names of data categories and of laws and authorities', () => {
    const categories = Object.keys(DATA_CATEGORIES) as DataCategory[];
    const texts: Array<[string, string]> = [
      ...categories.map((category): [string, string] => [category, categoryWords(category, 'es')]),
      ...Object.entries(CATEGORY_WORDS.es),
      ...PRIVACY_LAW_LIST.flatMap((law) =>
        [
          law.label,
          law.name,
          law.jurisdiction.name,
          law.rightsNotes,
          ...law.authorities.map((a) => a.name),
        ]
          .filter((words) => words !== undefined)
          .map((words): [string, string] => [law.id, words.es]),
      ),
    ];
    expect(informal(texts)).toEqual([]);
  });

  it.each([
    ['Indica la dirección que quieres corregir.', ['quieres', 'Indica']],
    ['Tus direcciones guardadas', ['Tus']],
    ['Te escribiremos cuando esté listo; recibirás un correo.', ['Te', 'recibirás']],
    ['Escríbenos si tienes dudas.', ['Escríbenos', 'tienes']],
    ['Indique la dirección que desea corregir. Volver atrás.', []],
    ['Le escribiremos a {email} cuando su solicitud esté lista.', []],
  ])('finds the tú forms in “%s”', (text, forms) => {
    expect(tuFormsIn(text)).toEqual(forms);
  });
});
