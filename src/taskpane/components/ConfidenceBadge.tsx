import { Badge } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { MatchBand } from '../../core/types';

const COLOURS = { sure: 'success', likely: 'warning', none: 'informative' } as const;

/** The band the engine gave a mapping; the percentage on hover. */
export function ConfidenceBadge({ band, confidence }: { band: MatchBand; confidence: number }) {
  const { t } = useTranslation();
  const title = band === 'none' ? undefined : `${Math.round(confidence * 100)} %`;
  return (
    <Badge appearance="tint" color={COLOURS[band]} title={title} shape="rounded">
      {t(`band.${band}`)}
    </Badge>
  );
}
