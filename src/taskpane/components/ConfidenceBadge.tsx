import { Badge } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { MatchBand } from '../../core/types';

const COLOURS = { sure: 'success', likely: 'warning', none: 'informative', learned: 'brand' } as const;

/** The band the engine gave a mapping; the percentage on hover, or, for a learned row, where it was learned. */
export function ConfidenceBadge({ band, confidence }: { band: MatchBand; confidence: number }) {
  const { t } = useTranslation();
  const title =
    band === 'none' ? undefined : band === 'learned' ? t('band.learnedHint') : `${Math.round(confidence * 100)} %`;
  return (
    <Badge appearance="tint" color={COLOURS[band]} title={title} shape="rounded">
      {t(`band.${band}`)}
    </Badge>
  );
}
