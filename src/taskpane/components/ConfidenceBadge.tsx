import { Badge } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ConfidenceLevel } from '../state/models';

const COLOURS = { high: 'success', medium: 'warning', low: 'danger', none: 'informative' } as const;

export function ConfidenceBadge({ level, confidence }: { level: ConfidenceLevel; confidence: number }) {
  const { t } = useTranslation();
  const title = level === 'none' ? undefined : `${Math.round(confidence * 100)} %`;
  return (
    <Badge appearance="tint" color={COLOURS[level]} title={title} shape="rounded">
      {t(`confidence.${level}`)}
    </Badge>
  );
}
