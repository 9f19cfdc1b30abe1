/**
 * A catalog's index worked out ahead, as data (see `PreparedCatalogIndex`): what
 * `npm run prepare-catalog` saves as catalog/prepared-index.json for the built-in catalog.
 */
import { catalogNames, createCatalog, type CatalogData, type PreparedCatalogIndex } from './catalog';
import { prepareReading } from './match';
import { indexVocabulary } from './match/words';

export function prepareCatalogIndex(data: CatalogData): PreparedCatalogIndex {
  // Worked out from the data alone, never from an index prepared before.
  const catalog = createCatalog(data, null);
  return {
    vocabulary: indexVocabulary({ data: data.vocabulary, names: catalogNames(data) }),
    readings: { asWritten: prepareReading(catalog, false), folded: prepareReading(catalog, true) },
  };
}
