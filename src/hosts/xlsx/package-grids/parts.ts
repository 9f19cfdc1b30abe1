/**
 * Where the grid reader gets the package's parts as text: an opened package (XlsxPackage has this
 * shape already), or the bytes of a file, of which only the parts grids are read from are inflated.
 */
import { strFromU8, unzipSync } from 'fflate';

export interface PackageParts {
  /** The part's text by its name in the package (`xl/workbook.xml`); undefined when there is none. */
  text(name: string): string | undefined;
}

/** Thrown when the bytes are no zip or lack a part every workbook has; the caller names the file. */
export class PackageReadError extends Error {}

/** Parts a workbook's grids are read from, when they sit where Excel puts them. */
const WANTED =
  /^(?:\[Content_Types\]\.xml|_rels\/\.rels|xl\/(?:workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/.*|tables\/.*))$/;

function unzip(bytes: Uint8Array, wanted: (name: string) => boolean): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes, { filter: (f) => wanted(f.name) });
  } catch (e) {
    throw new PackageReadError((e as Error).message);
  }
}

/** The parts of a zipped package: the usual ones inflated at once, any other when asked for. */
export function zipParts(bytes: Uint8Array): PackageParts {
  const files = unzip(bytes, (name) => WANTED.test(name));
  if (!files['[Content_Types].xml']) throw new PackageReadError('[Content_Types].xml is missing');
  const texts = new Map<string, string | undefined>();
  return {
    text(name: string): string | undefined {
      if (texts.has(name)) return texts.get(name);
      // A part outside the usual places (a workbook that names its parts its own way).
      const data = files[name] ?? (WANTED.test(name) ? undefined : unzip(bytes, (n) => n === name)[name]);
      const text = data && strFromU8(data);
      texts.set(name, text);
      return text;
    },
  };
}
