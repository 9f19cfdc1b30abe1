import {
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  mergeClasses,
  Subtitle2,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../core/draft';
import type { Indicator } from '../../core/types';
import type { UiLanguage } from '../i18n';
import { formatQuantity } from '../state/format';
import type { DraftState } from '../state/state';
import { ConfidenceBadge } from './ConfidenceBadge';
import { indicatorName } from './IndicatorPicker';
import { ProgressLine } from './ProgressLine';

/** As LEGACY_ENCODING_NAMES in core, kept here so the pane's first script does not carry the conversion tables. */
const ENCODING_NAMES: Readonly<Record<NonNullable<Draft['convertedFrom']>, string>> = {
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI-Windows',
};

const useStyles = makeStyles({
  view: { display: 'grid', gap: '12px' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
  section: { display: 'grid', gap: '6px' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: '6px' },
  item: {
    display: 'grid',
    gap: '2px',
    padding: '6px 10px',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  unplaced: { borderLeft: `4px solid ${tokens.colorPaletteYellowBorder2}` },
  title: { display: 'flex', justifyContent: 'space-between', gap: '8px', fontWeight: tokens.fontWeightSemibold },
  detail: { color: tokens.colorNeutralForeground2 },
  input: { display: 'none' },
});

export interface DraftViewProps {
  draft: DraftState;
  catalog: readonly Indicator[];
  language: UiLanguage;
  creating: boolean;
  /** False while another task runs. */
  canWork: boolean;
  onTextChange: (text: string) => void;
  /** A resolution file (.txt, .docx, .pdf) to read into the text. */
  onOpenFile: (file: File) => void;
  onPreview: () => void;
  onCreate: () => void;
}

/** Paste a resolution's text, see the targets it yields and those left to type in, make the sheet. */
export function DraftView({
  draft,
  catalog,
  language,
  creating,
  canWork,
  onTextChange,
  onOpenFile,
  onPreview,
  onCreate,
}: DraftViewProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const { preview, created } = draft;
  return (
    <div className={styles.view}>
      <Text>{t('draft.intro')}</Text>
      <Field label={t('draft.text')}>
        <Textarea
          value={draft.text}
          resize="vertical"
          rows={8}
          placeholder={t('draft.placeholder')}
          onChange={(_, data) => onTextChange(data.value)}
        />
      </Field>
      <div className={styles.buttons}>
        <input
          ref={input}
          className={styles.input}
          type="file"
          accept=".txt,.docx,.pdf,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/pdf"
          aria-label={t('draft.file')}
          data-testid="open-resolution"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) onOpenFile(file);
          }}
        />
        <Button disabled={!canWork} onClick={() => input.current?.click()}>
          {t('draft.file')}
        </Button>
        <Button disabled={!canWork || !draft.text.trim()} onClick={onPreview}>
          {t('draft.preview')}
        </Button>
        <Button appearance="primary" disabled={!canWork || !preview?.targets.length} onClick={onCreate}>
          {t('draft.create')}
        </Button>
      </div>
      {creating && <ProgressLine label={t('draft.creating')} progress={null} />}
      {created && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('draft.createdTitle', { name: created.name })}</MessageBarTitle>
            {t('draft.created', { count: created.targets })}
          </MessageBarBody>
        </MessageBar>
      )}
      {preview && <DraftPreview preview={preview} catalog={catalog} language={language} />}
    </div>
  );
}

function DraftPreview({
  preview,
  catalog,
  language,
}: {
  preview: Draft;
  catalog: readonly Indicator[];
  language: UiLanguage;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const foundId = useId();
  const unplacedId = useId();
  const byId = new Map(catalog.map((i) => [i.id, i]));
  const nameOf = (id: string | null, fallback: string): string => {
    const indicator = id === null ? undefined : byId.get(id);
    return indicator ? indicatorName(indicator, language) : fallback;
  };
  if (!preview.targets.length && !preview.unplaced.length) {
    return <Text role="status">{t('draft.none')}</Text>;
  }
  return (
    <>
      <section className={styles.section} aria-labelledby={foundId}>
        <Subtitle2 as="h2" id={foundId}>
          {t('draft.found', { count: preview.targets.length })}
        </Subtitle2>
        {preview.year !== null && <Caption1>{t('draft.year', { year: preview.year })}</Caption1>}
        {preview.convertedFrom && (
          <Caption1 role="note">{t('draft.converted', { encoding: ENCODING_NAMES[preview.convertedFrom] })}</Caption1>
        )}
        <ul className={styles.list} aria-labelledby={foundId}>
          {preview.targets.map((target, i) => (
            <li key={`${target.indicatorId ?? 'own'}-${i}`} className={styles.item}>
              <span className={styles.title}>
                <span>{nameOf(target.indicatorId, target.name)}</span>
                <ConfidenceBadge band={target.band} confidence={target.confidence} />
              </span>
              <span>{t('draft.plan', { plan: formatQuantity(target.plan, language), unit: target.unit })}</span>
              {target.indicatorId === null && <Caption1 className={styles.detail}>{t('draft.own')}</Caption1>}
              {target.group && <Caption1 className={styles.detail}>{target.group}</Caption1>}
            </li>
          ))}
        </ul>
      </section>
      {preview.unplaced.length > 0 && (
        <section className={styles.section} aria-labelledby={unplacedId}>
          <Subtitle2 as="h2" id={unplacedId}>
            {t('draft.unplaced', { count: preview.unplaced.length })}
          </Subtitle2>
          <Caption1>{t('draft.unplacedHint')}</Caption1>
          <ul className={styles.list} aria-labelledby={unplacedId}>
            {preview.unplaced.map((item, i) => (
              <li key={i} className={mergeClasses(styles.item, styles.unplaced)}>
                <span>{item.source}</span>
                <Caption1 className={styles.detail}>{t(`draft.reason.${item.reason}`)}</Caption1>
                {item.suggestion && (
                  <Caption1 className={styles.detail}>
                    {t('draft.suggestion', { name: nameOf(item.suggestion, item.suggestion) })}
                  </Caption1>
                )}
                {item.group && <Caption1 className={styles.detail}>{item.group}</Caption1>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
