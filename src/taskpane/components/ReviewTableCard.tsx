import {
  Button,
  Caption1,
  Card,
  CardHeader,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Direction, RoleName } from '../../core/types';
import type { UiLanguage } from '../i18n';
import type { ReviewTable } from '../state/models';
import { ColumnRolesEditor } from './ColumnRolesEditor';
import type { CatalogSearch } from './IndicatorPicker';
import { RowList } from './RowList';

const useStyles = makeStyles({
  card: { display: 'grid', gap: '8px' },
  section: { display: 'grid', gap: '8px' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
  count: { color: tokens.colorNeutralForeground2 },
  attention: { color: tokens.colorPaletteMarigoldForeground2, fontWeight: tokens.fontWeightSemibold },
});

export interface ReviewTableCardProps extends CatalogSearch {
  table: ReviewTable;
  language: UiLanguage;
  /** Formats a count as the interface language writes numbers (`3.000`). */
  count: (n: number) => string;
  onIndicatorChange: (rowKey: string, indicatorId: string | null) => void;
  onDirectionChange: (rowKey: string, direction: Direction) => void;
  onColumnChange: (tableKey: string, role: RoleName, column: number | null) => void;
  onAccept: (table: ReviewTable) => void;
}

/**
 * One table of the review: how many of its rows need a person, those rows, and the table's column
 * roles when they are unsure; "Xem tất cả" opens every row and the roles; one click accepts it.
 */
export function ReviewTableCard(props: ReviewTableCardProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { table, count } = props;
  const [showAll, setShowAll] = useState(false);
  // Accepted in one click: its rows fold away (still under "Xem tất cả"); rows decided one by one stay.
  const [accepted, setAccepted] = useState(false);
  const folded = accepted && table.settled;
  const title = t('review.table', { sheet: table.sheet, first: table.firstRow, last: table.lastRow });
  const open = table.attention.filter((r) => r.attention.length > 0).length;
  const rows = count(table.rows.length);
  const summary =
    open > 0
      ? t('review.tableAttention', { attention: count(open), rows })
      : table.attention.length > 0
        ? t('review.tableSettled', { n: count(table.attention.length), rows })
        : t('review.tableNone', { rows });
  const listProps = {
    language: props.language,
    catalog: props.catalog,
    search: props.search,
    onIndicatorChange: props.onIndicatorChange,
    onDirectionChange: props.onDirectionChange,
  };
  const roles = (
    <section className={styles.section}>
      <Text weight="semibold" as="h3">
        {t('review.columns')}
      </Text>
      <ColumnRolesEditor
        columns={table.columns}
        options={table.columnOptions}
        onChange={(role, column) => props.onColumnChange(table.key, role, column)}
      />
    </section>
  );
  return (
    <Card className={styles.card} aria-label={title}>
      <CardHeader
        header={<Subtitle2 as="h2">{title}</Subtitle2>}
        description={<Caption1 className={open > 0 ? styles.attention : styles.count}>{summary}</Caption1>}
      />
      {table.roleDoubts.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t('review.rolesUnsure', { roles: table.roleDoubts.map((r) => t(`roles.${r}`)).join(', ') })}
          </MessageBarBody>
        </MessageBar>
      )}
      {table.rolesInQuestion && !showAll && roles}
      {table.attention.length > 0 && !folded && (
        <RowList rows={table.attention} label={t('review.attentionList', { sheet: table.sheet })} {...listProps} />
      )}
      {folded && <Caption1>{t('review.acceptedNote')}</Caption1>}
      <div className={styles.actions}>
        {!table.settled && (
          <Button
            appearance="primary"
            size="small"
            onClick={() => {
              setAccepted(true);
              props.onAccept(table);
            }}
          >
            {t('review.accept')}
          </Button>
        )}
        <Button size="small" aria-expanded={showAll} onClick={() => setShowAll((shown) => !shown)}>
          {showAll ? t('review.hideAll') : t('review.showAll', { n: rows })}
        </Button>
      </div>
      {showAll && (
        <>
          {roles}
          <section className={styles.section}>
            <Text weight="semibold" as="h3">
              {t('review.rows', { count: rows })}
            </Text>
            <RowList rows={table.rows} label={t('review.allList', { sheet: table.sheet })} {...listProps} />
          </section>
        </>
      )}
    </Card>
  );
}
