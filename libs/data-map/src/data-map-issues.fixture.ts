import { checkDataMap } from './validate-data-map';
import { validDataMapDocument, type DataMapDocument } from './valid-data-map.fixture';

/** Where the fixture's shop tables sit in the document, as issue paths name them. */
export const T = 'systems.shop.tables';

/** The issues checkDataMap finds after a change to the valid fixture, paths dotted. */
export function issuesOf(
  change: (doc: DataMapDocument) => void,
): { path: string; message: string }[] {
  const doc = validDataMapDocument();
  change(doc);
  const result = checkDataMap(doc);
  if (result.ok) return [];
  return result.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

export const tables = (doc: DataMapDocument): DataMapDocument => doc.systems.shop.tables;

/** Customers deleted outright instead of their fields erased one by one. */
export const deleteCustomers = (doc: DataMapDocument): void => {
  tables(doc).customers.erasure = { action: 'delete' };
  for (const field of Object.values<DataMapDocument>(tables(doc).customers.fields))
    delete field.erasure;
};
