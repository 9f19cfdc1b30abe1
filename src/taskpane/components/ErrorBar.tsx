import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ErrorNotice } from '../state/state';

/** A failure, with the sheet and cell it happened in when the host knows them. */
export function ErrorBar({ error, onDismiss }: { error: ErrorNotice; onDismiss: () => void }) {
  const { t } = useTranslation();
  const where = error.sheet
    ? error.cell
      ? t('errors.where', { sheet: error.sheet, cell: error.cell })
      : t('errors.whereSheet', { sheet: error.sheet })
    : null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('errors.title')}</MessageBarTitle>
        {where && <div>{where}</div>}
        <div>{error.message}</div>
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" aria-label={t('errors.dismiss')} onClick={onDismiss}>
            ×
          </Button>
        }
      />
    </MessageBar>
  );
}
