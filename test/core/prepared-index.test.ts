/**
 * The built-in catalog's index is prepared ahead (src/core/catalog/prepared-index.json), so an engine
 * is made without working it out. It must be exactly what preparing the catalog works out now, and an
 * engine using it must read every workbook as one that works it out.
 */
import fs from 'fs';
import path from 'path';
import { createCatalog, DEFAULT_CATALOG_DATA } from '../../src/core/catalog';
import { createEngine } from '../../src/core/engine';
import { prepareCatalogIndex } from '../../src/core/prepare-catalog';
import { stripDiacritics } from '../../src/core/text';
import { openGridsFile } from '../../src/hosts/xlsx/open';

const SAVED = path.join(__dirname, '../../src/core/catalog/prepared-index.json');
const WORKBOOKS = path.join(__dirname, '../generalisation/workbooks');

describe('the prepared catalog index', () => {
  it('is what preparing the built-in catalog works out now (else run `npm run prepare-catalog`)', () => {
    const saved: unknown = JSON.parse(fs.readFileSync(SAVED, 'utf8'));
    expect(JSON.parse(JSON.stringify(prepareCatalogIndex(DEFAULT_CATALOG_DATA)))).toEqual(saved);
  });

  it('is used only for the built-in catalog', () => {
    expect(createCatalog().prepared).toBeDefined();
    expect(createCatalog(DEFAULT_CATALOG_DATA, null).prepared).toBeUndefined();
    expect(createCatalog({ ...DEFAULT_CATALOG_DATA }).prepared).toBeUndefined();
  });

  const prepared = createEngine();
  const workedOut = createEngine({ catalog: createCatalog(DEFAULT_CATALOG_DATA, null) });

  it('ranks every name and alias, with and without diacritics, as a catalog worked out now', () => {
    const labels = DEFAULT_CATALOG_DATA.indicators.flatMap((e) => [e.nameVi, e.nameEn, ...e.aliases]);
    for (const label of [...labels, ...labels.map(stripDiacritics)]) {
      expect(prepared.rankIndicators(label)).toEqual(workedOut.rankIndicators(label));
    }
  });

  it('analyses workbooks as a catalog worked out now', async () => {
    const files = [
      path.join(__dirname, '../../demo/trung-son-2023.xlsx'),
      ...fs
        .readdirSync(WORKBOOKS)
        .filter((f) => f.endsWith('.xlsx'))
        .sort()
        .slice(0, 12)
        .map((f) => path.join(WORKBOOKS, f)),
    ];
    for (const file of files) {
      const grids = await openGridsFile(file);
      expect(prepared.analyzeWorkbook(grids, { choices: {} })).toEqual(
        workedOut.analyzeWorkbook(grids, { choices: {} }),
      );
    }
  });
});
