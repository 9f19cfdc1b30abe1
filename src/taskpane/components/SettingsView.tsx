import { Dropdown, Field, makeStyles, Option, SpinButton } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../i18n';
import type { PaneSettings } from '../state/state';

const useStyles = makeStyles({ view: { display: 'grid', gap: '16px', maxWidth: '320px' } });
const AUTO = 'auto';

export function SettingsView({ settings, onChange }: { settings: PaneSettings; onChange: (s: PaneSettings) => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const languageName = (language: UiLanguage) => t(`settings.${language}`);
  return (
    <div className={styles.view}>
      <Field label={t('settings.nearMiss')} hint={t('settings.nearMissHint')}>
        <SpinButton
          value={settings.nearMissPercent}
          min={0}
          max={50}
          step={1}
          onChange={(_, data) => {
            const value = data.value ?? Number(data.displayValue?.replace(',', '.'));
            if (Number.isFinite(value) && value >= 0 && value <= 50) onChange({ ...settings, nearMissPercent: value });
          }}
        />
      </Field>
      <Field label={t('settings.uiLanguage')}>
        <Dropdown
          value={languageName(settings.uiLanguage)}
          selectedOptions={[settings.uiLanguage]}
          onOptionSelect={(_, data) => {
            if (data.optionValue === 'vi' || data.optionValue === 'en')
              onChange({ ...settings, uiLanguage: data.optionValue });
          }}
        >
          <Option value="vi">{languageName('vi')}</Option>
          <Option value="en">{languageName('en')}</Option>
        </Dropdown>
      </Field>
      <Field label={t('settings.outputLanguage')}>
        <Dropdown
          value={settings.outputLanguage ? languageName(settings.outputLanguage) : t('settings.outputAuto')}
          selectedOptions={[settings.outputLanguage ?? AUTO]}
          onOptionSelect={(_, data) => {
            const value = data.optionValue === 'vi' || data.optionValue === 'en' ? data.optionValue : undefined;
            onChange({ ...settings, outputLanguage: value });
          }}
        >
          <Option value={AUTO}>{t('settings.outputAuto')}</Option>
          <Option value="vi">{languageName('vi')}</Option>
          <Option value="en">{languageName('en')}</Option>
        </Dropdown>
      </Field>
    </div>
  );
}
