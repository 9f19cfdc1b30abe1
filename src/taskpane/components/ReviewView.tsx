import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from '@fluentui/react-components';
import { startTransition, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Direction, Issue, RoleName } from '../../core/types';
import type { Progress } from '../../hosts/host';
import type { UiLanguage } from '../i18n';
import { formatCount } from '../state/format';
import { attentionCounts, type ReviewTable } from '../state/models';
import type { CatalogSearch } from './IndicatorPicker';
import { ProgressLine } from './ProgressLine';
import { ReviewTableCard } from './ReviewTableCard';

const useStyles = makeStyles({
  view: { display: 'grid', gap: '12px' },
  applyBar: {
    position: 'sticky',
    bottom: 0,
    display: 'grid',
    gap: '8px',
    padding: '8px 0',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  issue: { fontSize: tokens.fontSizeBase200 },
});

/** The review's first screen: tables until this many of their rows show; the rest follow it. */
const FIRST_SCREEN_ROWS = 12;
/** Tables added in each step after the first screen, so no one step holds the pane for long. */
const TABLES_PER_STEP = 2;

/** How many of the tables the first screen shows: at least one, and enough to fill it. */
function firstScreenTables(tables: readonly ReviewTable[]): number {
  let rows = 0;
  let shown = 0;
  while (shown < tables.length && rows < FIRST_SCREEN_ROWS) rows += tables[shown++].attention.length;
  return Math.max(1, shown);
}

/**
 * The number of tables to render: the first screen at once, then the others a step at a time after
 * each paint, as transitions a click interrupts; none are added while the results are written.
 */
function useTablesShown(tables: readonly ReviewTable[], paused: boolean): number {
  const [shown, setShown] = useState(() => firstScreenTables(tables));
  const total = tables.length;
  useEffect(() => {
    if (shown >= total || paused) return;
    startTransition(() => setShown((n) => Math.min(total, n + TABLES_PER_STEP)));
  }, [shown, total, paused]);
  return Math.min(shown, total);
}

export interface ReviewViewProps extends CatalogSearch {
  tables: ReviewTable[];
  issues: Issue[];
  language: UiLanguage;
  applying: boolean;
  progress: Progress | null;
  /** Whether results were written before, so applying again updates them. */
  appliedBefore: boolean;
  onIndicatorChange: (rowKey: string, indicatorId: string | null) => void;
  onDirectionChange: (rowKey: string, direction: Direction) => void;
  onColumnChange: (tableKey: string, role: RoleName, column: number | null) => void;
  /** Accepts every row and column role the review asked about in the table, as they are. */
  onAcceptTable: (table: ReviewTable) => void;
  onApply: () => void;
}

export function ReviewView(props: ReviewViewProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { tables, issues, language } = props;
  const count = useMemo(() => (n: number) => formatCount(n, language), [language]);
  const totals = useMemo(() => attentionCounts(tables), [tables]);
  const shown = useTablesShown(tables, props.applying);
  if (tables.length === 0) return <Text>{t('review.empty')}</Text>;
  return (
    <div className={styles.view}>
      <Text>{t('review.intro')}</Text>
      <Text role="status" weight="semibold">
        {totals.attention > 0 || totals.tables > 0
          ? t('review.overall', {
              attention: count(totals.attention),
              rows: count(totals.rows),
              tables: count(totals.tables),
            })
          : t('review.overallNone', { rows: count(totals.rows) })}
      </Text>
      {issues.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('review.issues')}</MessageBarTitle>
            {issues.slice(0, 5).map((issue, i) => (
              <div key={i} className={styles.issue}>
                {issue.cell ? `${issue.sheet}!${issue.cell}: ` : `${issue.sheet}: `}
                {issue.message}
              </div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {tables.slice(0, shown).map((table) => (
        <ReviewTableCard
          key={table.key}
          table={table}
          language={language}
          catalog={props.catalog}
          search={props.search}
          count={count}
          onIndicatorChange={props.onIndicatorChange}
          onDirectionChange={props.onDirectionChange}
          onColumnChange={props.onColumnChange}
          onAccept={props.onAcceptTable}
        />
      ))}
      <div className={styles.applyBar}>
        {props.applying && <ProgressLine label={t('review.applying')} progress={props.progress} />}
        <Button appearance="primary" disabled={props.applying} onClick={props.onApply}>
          {props.appliedBefore ? t('review.applyAgain') : t('review.apply')}
        </Button>
      </div>
    </div>
  );
}
