import { Button, makeStyles, Radio, RadioGroup, Field, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Progress, ScanScope } from '../../hosts/host';
import { ProgressLine } from './ProgressLine';

const useStyles = makeStyles({ view: { display: 'grid', gap: '12px', justifyItems: 'start' } });

export interface ScanViewProps {
  scope: ScanScope;
  canScan: boolean;
  scanning: boolean;
  progress: Progress | null;
  /** What the last scan found, or null before the first scan. */
  found: { tables: number; rows: number } | null;
  onScopeChange: (scope: ScanScope) => void;
  onScan: () => void;
}

export function ScanView({ scope, canScan, scanning, progress, found, onScopeChange, onScan }: ScanViewProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <div className={styles.view}>
      <Field label={t('scan.scope')}>
        <RadioGroup
          value={scope}
          onChange={(_, data) => onScopeChange(data.value === 'activeSheet' ? 'activeSheet' : 'workbook')}
        >
          <Radio value="workbook" label={t('scan.workbook')} />
          <Radio value="activeSheet" label={t('scan.activeSheet')} />
        </RadioGroup>
      </Field>
      <Button appearance="primary" disabled={!canScan || scanning} onClick={onScan}>
        {found ? t('scan.again') : t('scan.start')}
      </Button>
      {scanning && <ProgressLine label={t('scan.running')} progress={progress} />}
      {!canScan && <Text>{t('scan.needFile')}</Text>}
      {found && <Text role="status">{found.tables === 0 ? t('scan.nothing') : t('scan.found', found)}</Text>}
    </div>
  );
}
