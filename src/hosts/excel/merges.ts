/**
 * Merged areas, read so that no request can hit Excel's limit.
 *
 * Range.getMergedAreasOrNullObject (ExcelApi 1.13) remark: "Note that if the merged areas count in
 * this range is more than 512, then this method will fail to return the result." It does not say
 * how it fails (an error, or a null object that looks like "no merges"), and office-js #3611 (open)
 * reports that it returns only the merged areas whose top-left cell lies in the range. A range of
 * at most 512 cells can be the top-left of at most 512 merged areas, and can touch at most 512
 * disjoint ones, so tiles of 512 cells answer correctly whichever of the two the host does
 * (review A.3).
 */
import { parseAddressList, rangeAddress } from '../../core/a1';
import type { CellRange } from '../../core/types';

export const MERGED_AREAS_LIMIT = 512;

/** Merged areas queued for one sync; read them with `mergedAreas` after it. */
export type MergeTiles = Excel.RangeAreas[];

/** Queues the merged areas of `area` as tiles of at most 512 cells each. */
export function queueMergeTiles(worksheet: Excel.Worksheet, area: CellRange): MergeTiles {
  const rows = area.bottom - area.top + 1;
  const cols = area.right - area.left + 1;
  const tileCols = Math.min(cols, MERGED_AREAS_LIMIT);
  const tileRows = Math.max(1, Math.floor(MERGED_AREAS_LIMIT / tileCols));
  const tiles: MergeTiles = [];
  for (let r = 0; r < rows; r += tileRows) {
    for (let c = 0; c < cols; c += tileCols) {
      const tile = worksheet.getRangeByIndexes(
        area.top + r,
        area.left + c,
        Math.min(tileRows, rows - r),
        Math.min(tileCols, cols - c),
      );
      const areas = tile.getMergedAreasOrNullObject();
      areas.load('address');
      tiles.push(areas);
    }
  }
  return tiles;
}

/** The merged areas the tiles found, each once (an area touching two tiles may be in both). */
export function mergedAreas(tiles: MergeTiles): CellRange[] {
  const found = new Map<string, CellRange>();
  for (const tile of tiles) {
    if (tile.isNullObject) continue;
    for (const range of parseAddressList(tile.address)) found.set(rangeAddress(range), range);
  }
  return [...found.values()];
}
