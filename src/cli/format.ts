/** Readable text output of an analysis for the terminal. */
import { formatNumber, type Catalog } from '../core';
import { summarize } from '../core/summary';
import type { Analysis, RowAnalysis, Status } from '../core/types';

const STATUS_TEXT: Record<'vi' | 'en', Record<Status, string>> = {
  vi: { met: 'Đạt', shortfall: 'Không đạt', 'not-evaluable': 'Thiếu số liệu', info: 'Theo dõi' },
  en: { met: 'Met', shortfall: 'Shortfall', 'not-evaluable': 'No data', info: 'Info' },
};

function value(v: number | string | null, lang: 'vi' | 'en'): string {
  if (v === null) return '—';
  return typeof v === 'number' ? formatNumber(v, lang) : v;
}

function pad(text: string, width: number): string {
  const chars = [...text];
  if (chars.length > width) return chars.slice(0, width - 1).join('') + '…';
  return text + ' '.repeat(width - chars.length);
}

function padLeft(text: string, width: number): string {
  const len = [...text].length;
  return len >= width ? text : ' '.repeat(width - len) + text;
}

function indicatorName(catalog: Catalog, row: RowAnalysis, lang: 'vi' | 'en'): string {
  const entry = row.indicatorId ? catalog.get(row.indicatorId) : undefined;
  return entry ? (lang === 'vi' ? entry.nameVi : entry.nameEn) : row.label;
}

export function formatAnalysis(catalog: Catalog, file: string, analysis: Analysis, lang: 'vi' | 'en' = 'vi'): string {
  const lines: string[] = [`${file}`];
  for (const sheet of analysis.sheets) {
    if (!sheet.tables.length) {
      lines.push(`  Sheet "${sheet.name}": ${lang === 'vi' ? 'không có bảng chỉ tiêu' : 'no indicator table'}`);
      continue;
    }
    for (const table of sheet.tables) {
      lines.push(
        `  Sheet "${sheet.name}" — ${lang === 'vi' ? 'tiêu đề ở dòng' : 'header row'} ${table.headerBottom + 1}`,
      );
      lines.push(
        `    ${pad(lang === 'vi' ? 'Chỉ tiêu' : 'Indicator', 46)} ${padLeft(lang === 'vi' ? 'KH' : 'Plan', 16)} ${padLeft(lang === 'vi' ? 'TH' : 'Actual', 16)} ${padLeft('%', 7)}  ${lang === 'vi' ? 'Đánh giá' : 'Status'}`,
      );
      for (const row of table.rows) {
        const mark = row.status === 'shortfall' ? '✗' : row.status === 'met' ? '✓' : ' ';
        const pct = row.percentOfPlan === null ? '' : formatNumber(row.percentOfPlan, lang, 1);
        lines.push(
          `  ${mark} ${pad(indicatorName(catalog, row, lang), 46)} ${padLeft(value(row.planValue, lang), 16)} ${padLeft(value(row.actualValue, lang), 16)} ${padLeft(pct, 7)}  ${STATUS_TEXT[lang][row.status]}`,
        );
      }
    }
  }
  lines.push(formatSummary(analysis, lang));
  return lines.join('\n') + '\n';
}

export function formatSummary(analysis: Analysis, lang: 'vi' | 'en' = 'vi'): string {
  const s = summarize(analysis);
  const evaluated = s.overall.met + s.overall.shortfall;
  const share = evaluated ? formatNumber((s.overall.met / evaluated) * 100, lang, 1) : '0';
  const lines = [
    lang === 'vi'
      ? `Đạt ${s.overall.met}/${evaluated} chỉ tiêu (${share} %); ${s.overall.notEvaluable} chỉ tiêu thiếu số liệu, ${s.overall.info} chỉ tiêu theo dõi.`
      : `Met ${s.overall.met}/${evaluated} indicators (${share} %); ${s.overall.notEvaluable} without data, ${s.overall.info} for information.`,
  ];
  if (s.shortfalls.length) {
    lines.push(lang === 'vi' ? 'Chỉ tiêu không đạt:' : 'Shortfalls:');
    for (const item of s.shortfalls) {
      const pct = item.percentOfPlan === null ? '' : ` — ${formatNumber(item.percentOfPlan, lang, 1)} %`;
      const over = item.direction === 'lower' || item.direction === 'ceiling';
      const word = lang === 'vi' ? (over ? 'vượt' : 'thiếu') : over ? 'over by' : 'short by';
      const gap =
        item.gap === null ? '' : `, ${word} ${formatNumber(item.gap, lang)}${item.unit ? ' ' + item.unit : ''}`;
      lines.push(
        `  ✗ [${item.sheet}!${item.row + 1}] ${item.label}: ${value(item.actual, lang)} / ${value(item.plan, lang)}${pct}${gap}`,
      );
    }
  }
  return lines.join('\n');
}
