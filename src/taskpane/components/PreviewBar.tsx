import { Button, Caption1, makeStyles, Text } from '@fluentui/react-components';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '8px' },
  input: { display: 'none' },
});

export interface PreviewBarProps {
  fileName: string | null;
  opening: boolean;
  canDownload: boolean;
  onOpen: (file: File) => void;
  onDownload: () => void;
}

/** The browser preview's own controls: open an .xlsx file, download the result. */
export function PreviewBar({ fileName, opening, canDownload, onOpen, onDownload }: PreviewBarProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div>
      {!fileName && <Text block>{t('preview.intro')}</Text>}
      <div className={styles.bar}>
        <input
          ref={input}
          className={styles.input}
          type="file"
          accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
          aria-label={t('preview.open')}
          data-testid="open-file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) onOpen(file);
          }}
        />
        <Button
          appearance={fileName ? 'secondary' : 'primary'}
          disabled={opening}
          onClick={() => input.current?.click()}
        >
          {opening ? t('preview.opening') : t('preview.open')}
        </Button>
        <Button disabled={!canDownload} title={t('preview.downloadHint')} onClick={onDownload}>
          {t('preview.download')}
        </Button>
      </div>
      {fileName && <Caption1>{t('preview.fileLabel', { name: fileName })}</Caption1>}
    </div>
  );
}
