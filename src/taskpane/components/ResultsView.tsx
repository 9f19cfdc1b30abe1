import {
  Badge,
  Caption1,
  Card,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Subtitle1,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { TFunction } from 'i18next';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { columnLetter } from '../../core/a1';
import type { Indicator, ShortfallItem, StatusCounts, Summary } from '../../core/types';
import type { UiLanguage } from '../i18n';
import { formatNumber, formatPercent, formatQuantity, share } from '../state/format';
import type { Selection, TaskpaneState } from '../state/state';
import { indicatorName } from './IndicatorPicker';

const useStyles = makeStyles({
  view: { display: 'grid', gap: '12px' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: '6px' },
  item: {
    display: 'grid',
    gap: '2px',
    width: '100%',
    textAlign: 'start',
    padding: '8px 10px',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderLeft: `4px solid ${tokens.colorPaletteRedBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase300,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  nearMiss: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  selected: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    outline: `2px solid ${tokens.colorBrandStroke1}`,
  },
  title: { display: 'flex', justifyContent: 'space-between', gap: '8px', fontWeight: tokens.fontWeightSemibold },
  figures: { display: 'flex', flexWrap: 'wrap', columnGap: '12px', color: tokens.colorNeutralForeground2 },
  groups: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: '2px' },
  scroller: {
    maxHeight: '70vh',
    overflowY: 'auto',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  window: { position: 'absolute', top: 0, left: 0, width: '100%', display: 'block' },
  // Measured items carry their own space below: a grid gap would sit outside what is measured.
  virtualItem: { paddingBottom: '6px' },
});

export interface ResultsViewProps {
  summary: Summary | null;
  catalog: readonly Indicator[];
  language: UiLanguage;
  selection: Selection | null;
  /** The last write of the results, or null when they are not in the workbook yet. */
  lastApply: TaskpaneState['lastApply'];
  onSelect: (item: ShortfallItem) => void;
}

/** The evaluated share of indicators met: met over met plus shortfall. */
function evaluated(counts: StatusCounts): number {
  return counts.met + counts.shortfall;
}

export function ResultsView({ summary, catalog, language, selection, lastApply, onSelect }: ResultsViewProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  if (!summary) return <Text>{t('results.empty')}</Text>;
  const { overall } = summary;
  const overallShare = share(overall.met, evaluated(overall));
  const names = new Map(catalog.map((i) => [i.id, indicatorName(i, language)]));
  return (
    <div className={styles.view}>
      <MessageBar intent={lastApply ? 'success' : 'info'}>
        <MessageBarBody>
          {lastApply
            ? t(lastApply.updatedInPlace ? 'review.appliedAgain' : 'review.applied', {
                cells: lastApply.cellsWritten,
                tables: lastApply.tables,
              })
            : t('results.notApplied')}
        </MessageBarBody>
      </MessageBar>
      <Card>
        <Subtitle1 as="h2">
          {overallShare === null
            ? t('results.overallNone')
            : t('results.overall', {
                met: overall.met,
                total: evaluated(overall),
                percent: formatPercent(overallShare, language),
              })}
        </Subtitle1>
        <Text>
          {t('results.counts', {
            shortfall: overall.shortfall,
            notEvaluable: overall.notEvaluable,
            info: overall.info,
          })}
        </Text>
        {summary.byGroup.length > 0 && (
          <>
            <Subtitle2 as="h3">{t('results.byGroup')}</Subtitle2>
            <ul className={styles.groups}>
              {summary.byGroup.map(({ group, sheet, counts }) => {
                const groupShare = share(counts.met, evaluated(counts));
                return (
                  <li key={`${sheet}|${group}`}>
                    <Text>
                      {t('results.groupLine', {
                        group: group || sheet,
                        met: counts.met,
                        total: evaluated(counts),
                        percent: groupShare === null ? '–' : formatPercent(groupShare, language),
                      })}
                    </Text>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </Card>
      <Subtitle2 as="h2">{t('results.shortfalls', { count: summary.shortfalls.length })}</Subtitle2>
      {summary.shortfalls.length === 0 ? (
        <Text>{t('results.noShortfalls')}</Text>
      ) : (
        <>
          <Caption1 role="status">
            {selection
              ? t('results.selected', {
                  sheet: selection.sheet,
                  cell: `${columnLetter(selection.col)}${selection.row + 1}`,
                })
              : t('results.selectHint')}
          </Caption1>
          <ShortfallList
            items={summary.shortfalls}
            label={t('results.shortfalls', { count: summary.shortfalls.length })}
            render={(item) => (
              <ShortfallButton
                item={item}
                selection={selection}
                standardName={item.indicatorId ? names.get(item.indicatorId) : undefined}
                language={language}
                onSelect={onSelect}
              />
            )}
          />
        </>
      )}
    </div>
  );
}

/** Lists up to this long are plain lists; longer ones (a district's 1,400 shortfalls) render only what is in view. */
const VIRTUALISE_FROM = 100;
const ESTIMATED_ITEM_PX = 120;

/** The shortfalls as a list of buttons; a long one virtualised in its own scroll area, as the review's rows. */
function ShortfallList({
  items,
  label,
  render,
}: {
  items: ShortfallItem[];
  label: string;
  render: (item: ShortfallItem) => ReactNode;
}) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const long = items.length >= VIRTUALISE_FROM;
  const virtualizer = useVirtualizer({
    count: long ? items.length : 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ITEM_PX,
    overscan: 4,
    getItemKey: (index) => `${items[index].sheet}!${items[index].row}`,
  });
  if (!long) {
    return (
      <ul className={styles.list} aria-label={label}>
        {items.map((item) => (
          <li key={`${item.sheet}!${item.row}`}>{render(item)}</li>
        ))}
      </ul>
    );
  }
  const shown = virtualizer.getVirtualItems();
  return (
    <div ref={scroller} className={styles.scroller} role="region" aria-label={label} tabIndex={0}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative', width: '100%' }}>
        <ul
          className={mergeClasses(styles.list, styles.window)}
          aria-label={label}
          style={{ transform: `translateY(${shown[0]?.start ?? 0}px)` }}
        >
          {shown.map((v) => (
            <li
              key={v.key}
              ref={virtualizer.measureElement}
              data-index={v.index}
              aria-posinset={v.index + 1}
              aria-setsize={items.length}
              className={styles.virtualItem}
            >
              {render(items[v.index])}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

interface ShortfallButtonProps {
  item: ShortfallItem;
  selection: Selection | null;
  standardName: string | undefined;
  language: UiLanguage;
  onSelect: (item: ShortfallItem) => void;
}

/** One shortfall: what, how far short, where; a click selects its cell. */
function ShortfallButton({ item, selection, standardName, language, onSelect }: ShortfallButtonProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const isSelected = selection?.sheet === item.sheet && selection.row === item.row && selection.col === item.col;
  return (
    <button
      type="button"
      className={mergeClasses(styles.item, item.nearMiss && styles.nearMiss, isSelected && styles.selected)}
      aria-current={isSelected ? 'true' : undefined}
      onClick={() => onSelect(item)}
    >
      <span className={styles.title}>
        <span>{item.label}</span>
        {item.nearMiss && (
          <Badge appearance="tint" color="warning" shape="rounded">
            {t('results.nearMiss')}
          </Badge>
        )}
      </span>
      {standardName && standardName !== item.label && <Caption1>{standardName}</Caption1>}
      <span className={styles.figures}>
        <span>
          {t('results.plan')}: {formatQuantity(item.plan, language)}
        </span>
        <span>
          {t('results.actual')}: {formatQuantity(item.actual, language)}
        </span>
        {item.percentOfPlan !== null && (
          <span>
            {t('results.percent')}: {formatPercent(item.percentOfPlan, language)}
          </span>
        )}
      </span>
      {item.gap !== null && <span>{t(gapKey(item), { gap: gapAmount(item, language) })}</span>}
      {item.changeFromPrevious != null && <span>{previousLine(item, language, t)}</span>}
      <Caption1>
        {item.sheet}!{columnLetter(item.col)}
        {item.row + 1}
      </Caption1>
    </button>
  );
}

/** `Tăng 4,9 tạ/ha so với cùng kỳ (104,5 %)`. */
function previousLine(item: ShortfallItem, language: UiLanguage, t: TFunction): string {
  const change = item.changeFromPrevious ?? 0;
  if (change === 0) return t('results.previousSame');
  const amount = formatNumber(Math.abs(change), language);
  return t(change > 0 ? 'results.previousUp' : 'results.previousDown', {
    change: item.unit ? `${amount} ${item.unit}` : amount,
    percent: item.percentOfPrevious == null ? '–' : formatPercent(item.percentOfPrevious, language),
  });
}

function gapKey(item: ShortfallItem): 'results.over' | 'results.short' {
  return item.direction === 'lower' || item.direction === 'ceiling' ? 'results.over' : 'results.short';
}

function gapAmount(item: ShortfallItem, language: UiLanguage): string {
  const amount = formatNumber(item.gap ?? 0, language);
  return item.unit ? `${amount} ${item.unit}` : amount;
}
