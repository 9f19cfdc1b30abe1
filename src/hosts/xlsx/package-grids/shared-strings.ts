/** The shared strings part: each string's text (rich text runs joined) and the font its first named run gives. */
import { CLOSE, decodeExcelEscapes, OPEN, TEXT, XmlScanner } from './xml-scan';

export interface SharedString {
  /** Null for an item with neither text nor runs (ExcelJS read it as no value). */
  text: string | null;
  /** Written as rich text runs. */
  rich: boolean;
  /** The font of the first run that names one; null when none does or the string is plain. */
  font: string | null;
}

const EMPTY: SharedString = { text: null, rich: false, font: null };

/** Rich text runs (`<r><rPr><rFont val/></rPr><t>…</t></r>`), read the same in shared and inline strings. */
export class Runs {
  texts: string[] = [];
  font: string | null = null;
  private runText: string | undefined;
  private runFont: string | undefined;
  private inRun = false;
  private inText = false;
  private raw = '';

  /** Feeds one token inside the string; false when the token is not part of a run. */
  take(s: XmlScanner, t: number): boolean {
    if (t === OPEN) {
      if (s.tag() === 'r' && !this.inRun) {
        this.inRun = true;
        this.runText = undefined;
        this.runFont = undefined;
        if (s.selfClosing) this.closeRun();
        return true;
      }
      if (!this.inRun) return false;
      if (s.tag() === 'rFont') this.runFont = s.attr('val');
      else if (s.tag() === 't') {
        this.raw = '';
        if (s.selfClosing) this.runText = '';
        else this.inText = true;
      }
      return true;
    }
    if (!this.inRun) return false;
    if (t === TEXT) {
      if (this.inText) this.raw += s.text();
    } else if (t === CLOSE) {
      if (s.tag() === 't' && this.inText) {
        this.inText = false;
        this.runText = decodeExcelEscapes(this.raw);
      } else if (s.tag() === 'r') this.closeRun();
    }
    return true;
  }

  private closeRun(): void {
    this.inRun = false;
    this.texts.push(this.runText ?? '');
    if (this.font === null && this.runFont) this.font = this.runFont;
  }

  get count(): number {
    return this.texts.length;
  }

  /** Inside a run: every token belongs to it until the run closes. */
  get active(): boolean {
    return this.inRun;
  }
}

export function readSharedStrings(xml: string | undefined): SharedString[] {
  const out: SharedString[] = [];
  if (!xml) return out;
  const s = new XmlScanner(xml);
  for (let t = s.next(); t; t = s.next()) {
    if (t !== OPEN || s.tag() !== 'si') continue;
    if (s.selfClosing) {
      out.push(EMPTY);
      continue;
    }
    // ExcelJS: a plain `<t>` makes the item that text (the last one, runs or not); else its runs.
    let plain: string | null = null;
    let raw = '';
    let inText = false;
    const runs = new Runs();
    for (t = s.next(); t; t = s.next()) {
      if (t === CLOSE && s.tag() === 'si') break;
      if (t === OPEN && s.tag() === 'rPh') {
        s.skipElement();
        continue;
      }
      if (runs.take(s, t)) continue;
      if (t === OPEN && s.tag() === 't') {
        raw = '';
        if (s.selfClosing) plain = '';
        else inText = true;
      } else if (t === TEXT && inText) raw += s.text();
      else if (t === CLOSE && s.tag() === 't' && inText) {
        inText = false;
        plain = decodeExcelEscapes(raw);
      }
    }
    if (plain !== null) out.push({ text: plain, rich: false, font: null });
    else if (runs.count) out.push({ text: runs.texts.join(''), rich: true, font: runs.font });
    else out.push(EMPTY);
  }
  return out;
}
