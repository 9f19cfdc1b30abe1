import { Button, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Direction } from '../../core/types';
import type { UiLanguage } from '../i18n';
import type { ReviewRow } from '../state/models';
import { ConfidenceBadge } from './ConfidenceBadge';
import { DirectionPicker } from './DirectionPicker';
import { IndicatorPicker, indicatorName, type CatalogSearch } from './IndicatorPicker';

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gap: '4px',
    padding: '8px 0',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: 'flex', alignItems: 'baseline', gap: '8px', justifyContent: 'space-between' },
  label: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  meta: { display: 'flex', alignItems: 'center', gap: '6px', flexShrink: 0 },
  // The indicator name is long and matters most: it gets the full width, the direction sits below.
  controls: { display: 'grid', gap: '4px', justifyItems: 'start' },
  note: { color: tokens.colorPaletteMarigoldForeground2 },
  suggestion: { display: 'flex', alignItems: 'center', gap: '6px', flexWrap: 'wrap' },
});

/** What a virtualised list puts on its items: a ref to measure, the index, the place in the whole list. */
export interface ListItemProps {
  ref: (element: HTMLLIElement | null) => void;
  'data-index': number;
  'aria-posinset': number;
  'aria-setsize': number;
}

interface Props extends CatalogSearch {
  row: ReviewRow;
  listItem?: ListItemProps;
  language: UiLanguage;
  onIndicatorChange: (rowKey: string, indicatorId: string | null) => void;
  onDirectionChange: (rowKey: string, direction: Direction) => void;
}

/** One indicator row: what it says, what chitieu matched it to and how sure it is, and its direction. */
export function RowReview({ row, language, catalog, search, onIndicatorChange, onDirectionChange, listItem }: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  const suggested = row.suggestion ? catalog.find((indicator) => indicator.id === row.suggestion) : undefined;
  return (
    <li className={styles.row} aria-label={row.label} {...listItem}>
      <div className={styles.head}>
        <Text className={styles.label}>{row.label}</Text>
        <span className={styles.meta}>
          <Caption1>{t('review.rowLabel', { row: row.excelRow })}</Caption1>
          {row.chosenByUser ? (
            <Caption1>{t('review.userChoice')}</Caption1>
          ) : (
            <ConfidenceBadge band={row.band} confidence={row.confidence} />
          )}
        </span>
      </div>
      <div className={styles.controls}>
        {suggested && (
          <span className={styles.suggestion}>
            <Caption1>{t('review.suggestion', { name: indicatorName(suggested, language) })}</Caption1>
            <Button
              size="small"
              appearance="primary"
              aria-label={t('review.acceptSuggestion', { name: indicatorName(suggested, language), label: row.label })}
              onClick={() => onIndicatorChange(row.key, suggested.id)}
            >
              {t('review.choose')}
            </Button>
          </span>
        )}
        <IndicatorPicker
          label={t('review.indicatorFor', { label: row.label })}
          indicatorId={row.indicatorId}
          language={language}
          catalog={catalog}
          search={search}
          onChange={(id) => onIndicatorChange(row.key, id)}
        />
        <DirectionPicker
          label={t('review.directionFor', { label: row.label })}
          direction={row.direction}
          onChange={(direction) => onDirectionChange(row.key, direction)}
        />
        {row.attention.includes('direction') && (
          <Caption1 className={styles.note}>{t('review.directionGuessed')}</Caption1>
        )}
      </div>
    </li>
  );
}
