/**
 * The dictionary as the JSON the command line keeps (`dictionary.json`) and the task pane keeps in the
 * browser's storage: one entry a line, so a person can read it and a problem is named by its line.
 */
import { collect, readColumn, readWording, type ReadEntries } from './entries';
import type { Dictionary, EntrySource } from './model';
import type { DictionaryProblem, KnowsIndicator } from './problems';

export function serialiseDictionary(dictionary: Dictionary): string {
  const wordings = dictionary.wordings.map((e) =>
    JSON.stringify({
      label: e.label,
      indicatorId: e.indicatorId,
      ...(e.direction && { direction: e.direction }),
      ...(e.unit && { unit: e.unit }),
      source: e.source,
    }),
  );
  const columns = dictionary.columns.map((e) => JSON.stringify({ header: e.header, role: e.role, source: e.source }));
  const list = (items: string[]): string => (items.length ? `[\n  ${items.join(',\n  ')}\n ]` : '[]');
  return `{\n "chitieu": "dictionary",\n "version": 1,\n "wordings": ${list(wordings)},\n "columns": ${list(columns)}\n}\n`;
}

/** The line of an offset in a text, 1-based. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Where JSON text stops being JSON (an offset), or -1 when it is JSON. The platform's parser does not
 * always say where (V8: `Unexpected token '}', … is not valid JSON`), so this small reader does.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const space = (): void => {
    while (i < text.length && ' \t\r\n'.includes(text[i])) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string): void => {
    if (text.startsWith(word, i)) i += word.length;
    else fail();
  };
  const string = (): void => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail();
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
      }
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        space();
        if (text[i] !== '"') fail();
        string();
        space();
        if (text[i] !== ':') fail();
        i++;
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else fail();
      }
    } else if (c === '[') {
      i++;
      space();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else fail();
      }
    } else if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else {
      const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i));
      if (!m) fail();
      else i += m[0].length;
    }
  };
  try {
    value();
    space();
    if (i < text.length) fail();
    return -1;
  } catch (offset) {
    return offset as number;
  }
}

/** The line of the n-th (0-based) `"name":` in the text: where the n-th entry of a list starts. */
function lineOfKey(text: string, name: string, n: number): number {
  const pattern = new RegExp(`"${name}"\\s*:`, 'g');
  let m: RegExpExecArray | null = null;
  for (let k = 0; k <= n; k++) {
    m = pattern.exec(text);
    if (!m) return 1;
  }
  return m ? lineAt(text, m.index) : 1;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const sourceOf = (value: unknown): EntrySource => (value === 'imported' ? 'imported' : 'learned');

/** A stored dictionary read back; every problem named by its line. An empty text is an empty dictionary. */
export function parseDictionary(json: string, knows: KnowsIndicator): ReadEntries {
  const read: ReadEntries = { wordings: [], columns: [], problems: [] };
  const body = json.replace(/^\uFEFF/, '');
  if (!body.trim()) return read;
  const bad = jsonErrorOffset(body);
  if (bad >= 0) {
    read.problems.push({ line: lineAt(body, bad), kind: 'syntax' });
    return read;
  }
  const data: unknown = JSON.parse(body);
  const shape = (line: number): DictionaryProblem => ({ line, kind: 'shape' });
  if (
    !isObject(data) ||
    (data.wordings !== undefined && !Array.isArray(data.wordings)) ||
    (data.columns !== undefined && !Array.isArray(data.columns))
  ) {
    read.problems.push(shape(1));
    return read;
  }
  ((data.wordings ?? []) as unknown[]).forEach((item, n) => {
    const line = lineOfKey(body, 'label', n);
    if (!isObject(item)) read.problems.push(shape(line));
    else {
      const fields = {
        label: text(item.label),
        indicatorId: text(item.indicatorId),
        direction: text(item.direction),
        unit: text(item.unit),
      };
      collect(read, readWording(fields, line, sourceOf(item.source), knows), line);
    }
  });
  ((data.columns ?? []) as unknown[]).forEach((item, n) => {
    const line = lineOfKey(body, 'header', n);
    if (!isObject(item)) read.problems.push(shape(line));
    else collect(read, readColumn(text(item.header), text(item.role), line, sourceOf(item.source)), line);
  });
  return read;
}

/** The entries read, as a dictionary. */
export function toDictionary(read: ReadEntries): Dictionary {
  return { wordings: read.wordings.map((w) => w.entry), columns: read.columns.map((c) => c.entry) };
}
