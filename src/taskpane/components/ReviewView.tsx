import {
  Button,
  Card,
  CardHeader,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Direction, Issue, RoleName } from '../../core/types';
import type { Progress } from '../../hosts/host';
import type { UiLanguage } from '../i18n';
import type { ReviewTable } from '../state/models';
import { ColumnRolesEditor } from './ColumnRolesEditor';
import type { CatalogSearch } from './IndicatorPicker';
import { ProgressLine } from './ProgressLine';
import { RowReview } from './RowReview';

const useStyles = makeStyles({
  view: { display: 'grid', gap: '12px' },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  section: { display: 'grid', gap: '8px' },
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
  onApply: () => void;
}

export function ReviewView(props: ReviewViewProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { tables, issues, language, catalog, search } = props;
  if (tables.length === 0) return <Text>{t('review.empty')}</Text>;
  return (
    <div className={styles.view}>
      <Text>{t('review.intro')}</Text>
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
      {tables.map((table) => (
        <Card
          key={table.key}
          aria-label={t('review.table', { sheet: table.sheet, first: table.firstRow, last: table.lastRow })}
        >
          <CardHeader
            header={
              <Subtitle2 as="h2">
                {t('review.table', { sheet: table.sheet, first: table.firstRow, last: table.lastRow })}
              </Subtitle2>
            }
          />
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
          <section className={styles.section}>
            <Text weight="semibold" as="h3">
              {t('review.rows', { count: table.rows.length })}
            </Text>
            <ul className={styles.list}>
              {table.rows.map((row) => (
                <RowReview
                  key={row.position}
                  row={row}
                  language={language}
                  catalog={catalog}
                  search={search}
                  onIndicatorChange={props.onIndicatorChange}
                  onDirectionChange={props.onDirectionChange}
                />
              ))}
            </ul>
          </section>
        </Card>
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
