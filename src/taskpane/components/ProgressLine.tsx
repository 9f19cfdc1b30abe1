import { Field, ProgressBar } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Progress } from '../../hosts/host';

/** A progress bar for a running scan or apply; indeterminate until the host reports counts. */
export function ProgressLine({ label, progress }: { label: string; progress: Progress | null }) {
  const { t } = useTranslation();
  const value = progress && progress.total > 0 ? progress.done / progress.total : undefined;
  const hint = progress?.step ? t('progress.label', { step: progress.step }) : undefined;
  return (
    <Field label={label} hint={hint} validationState="none">
      <ProgressBar value={value} thickness="large" />
    </Field>
  );
}
