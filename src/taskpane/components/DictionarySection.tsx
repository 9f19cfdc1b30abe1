import {
  Badge,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dictionary, WordingEntry } from '../../core/dictionary';
import { messages } from '../../core/messages';
import { fold } from '../../core/text';
import type { Direction } from '../../core/types';
import type { UiLanguage } from '../i18n';
import type { DictionaryImportNotice } from '../state/state';
import { DirectionPicker } from './DirectionPicker';
import { indicatorName, IndicatorPicker, type CatalogSearch } from './IndicatorPicker';

const useStyles = makeStyles({
  section: { display: 'grid', gap: '8px', marginTop: '24px', maxWidth: '480px' },
  bar: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
  input: { display: 'none' },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  entry: { display: 'grid', gap: '4px', padding: '8px 0', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  head: { display: 'flex', gap: '8px', alignItems: 'baseline', justifyContent: 'space-between' },
  label: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  actions: { display: 'flex', gap: '4px', flexShrink: 0 },
  line: { fontSize: tokens.fontSizeBase200 },
});

export interface DictionarySectionProps extends CatalogSearch {
  dictionary: Dictionary;
  importNotice: DictionaryImportNotice | null;
  /** Whether the catalog is loaded; names show once it is. */
  catalogReady: boolean;
  language: UiLanguage;
  onLoadCatalog: () => void;
  onEdit: (key: string, change: { indicatorId?: string; direction?: Direction }) => void;
  onDelete: (key: string) => void;
  onDeleteColumn: (key: string) => void;
  onForgetAll: () => void;
  onExport: () => void;
  onImport: (file: File) => void;
}

/** The dictionary of wordings in the settings: list, search, edit, delete, export, import, forget all. */
export function DictionarySection(props: DictionarySectionProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const titleId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const { dictionary, catalog, catalogReady, language, onLoadCatalog } = props;
  const empty = dictionary.wordings.length === 0 && dictionary.columns.length === 0;

  useEffect(() => {
    if (!empty && !catalogReady) onLoadCatalog();
  }, [empty, catalogReady, onLoadCatalog]);

  const nameOf = useMemo(() => {
    const byId = new Map(catalog.map((i) => [i.id, i]));
    return (id: string): string => {
      const indicator = byId.get(id);
      return indicator ? indicatorName(indicator, language) : id;
    };
  }, [catalog, language]);
  const directionOf = (entry: WordingEntry): Direction =>
    entry.direction ?? catalog.find((i) => i.id === entry.indicatorId)?.direction ?? 'higher';

  const q = fold(query.trim());
  const wordings = dictionary.wordings.filter(
    (e) => !q || fold(e.label).includes(q) || fold(nameOf(e.indicatorId)).includes(q),
  );
  const columns = dictionary.columns.filter((e) => !q || fold(e.header).includes(q));

  return (
    <section className={styles.section} aria-labelledby={titleId}>
      <Subtitle2 as="h2" id={titleId}>
        {t('dictionary.title')}
      </Subtitle2>
      <Text>{t('dictionary.intro')}</Text>
      <Caption1>
        {empty
          ? t('dictionary.empty')
          : t('dictionary.count', { wordings: dictionary.wordings.length, columns: dictionary.columns.length })}
      </Caption1>
      {props.importNotice && <ImportNotice notice={props.importNotice} language={language} />}
      <div className={styles.bar}>
        <Button disabled={empty} onClick={props.onExport}>
          {t('dictionary.export')}
        </Button>
        <input
          ref={input}
          className={styles.input}
          type="file"
          accept=".tsv,.txt,text/tab-separated-values,text/plain"
          aria-label={t('dictionary.import')}
          data-testid="import-dictionary"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) props.onImport(file);
          }}
        />
        <Button onClick={() => input.current?.click()}>{t('dictionary.import')}</Button>
        <Dialog>
          <DialogTrigger disableButtonEnhancement>
            <Button disabled={empty}>{t('dictionary.forget')}</Button>
          </DialogTrigger>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>{t('dictionary.forgetTitle')}</DialogTitle>
              <DialogContent>
                {t('dictionary.forgetBody', {
                  wordings: dictionary.wordings.length,
                  columns: dictionary.columns.length,
                })}
              </DialogContent>
              <DialogActions>
                <DialogTrigger disableButtonEnhancement>
                  <Button appearance="secondary">{t('dictionary.cancel')}</Button>
                </DialogTrigger>
                <DialogTrigger disableButtonEnhancement>
                  <Button appearance="primary" onClick={props.onForgetAll}>
                    {t('dictionary.forgetConfirm')}
                  </Button>
                </DialogTrigger>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      </div>
      {!empty && (
        <>
          <Input
            type="search"
            aria-label={t('dictionary.search')}
            placeholder={t('dictionary.search')}
            value={query}
            onChange={(_, data) => setQuery(data.value)}
          />
          {wordings.length + columns.length === 0 && <Text>{t('dictionary.noMatch')}</Text>}
          <ul className={styles.list} aria-label={t('dictionary.list')}>
            {wordings.map((entry) => (
              <li key={entry.key} className={styles.entry} aria-label={entry.label}>
                <div className={styles.head}>
                  <Text className={styles.label}>{entry.label}</Text>
                  <span className={styles.actions}>
                    <Badge appearance="tint" color={entry.source === 'learned' ? 'brand' : 'informative'}>
                      {t(`dictionary.source.${entry.source}`)}
                    </Badge>
                  </span>
                </div>
                {editing === entry.key ? (
                  <>
                    <IndicatorPicker
                      label={t('review.indicatorFor', { label: entry.label })}
                      indicatorId={entry.indicatorId}
                      language={language}
                      catalog={catalog}
                      search={props.search}
                      onChange={(id) => {
                        if (id) props.onEdit(entry.key, { indicatorId: id });
                        else props.onDelete(entry.key);
                      }}
                    />
                    <DirectionPicker
                      label={t('review.directionFor', { label: entry.label })}
                      direction={directionOf(entry)}
                      onChange={(direction) => props.onEdit(entry.key, { direction })}
                    />
                  </>
                ) : (
                  <Caption1>
                    {t('dictionary.maps', {
                      name: nameOf(entry.indicatorId),
                      direction: t(`direction.${directionOf(entry)}`),
                    })}
                    {entry.unit ? ` · ${entry.unit}` : ''}
                  </Caption1>
                )}
                <span className={styles.bar}>
                  <Button
                    size="small"
                    aria-label={t(editing === entry.key ? 'dictionary.doneFor' : 'dictionary.editFor', {
                      label: entry.label,
                    })}
                    onClick={() => setEditing(editing === entry.key ? null : entry.key)}
                  >
                    {editing === entry.key ? t('dictionary.done') : t('dictionary.edit')}
                  </Button>
                  <Button
                    size="small"
                    aria-label={t('dictionary.deleteFor', { label: entry.label })}
                    onClick={() => props.onDelete(entry.key)}
                  >
                    {t('dictionary.delete')}
                  </Button>
                </span>
              </li>
            ))}
            {columns.map((entry) => (
              <li key={`column:${entry.key}`} className={styles.entry} aria-label={entry.header}>
                <div className={styles.head}>
                  <Text className={styles.label}>{entry.header}</Text>
                  <Badge appearance="tint" color={entry.source === 'learned' ? 'brand' : 'informative'}>
                    {t(`dictionary.source.${entry.source}`)}
                  </Badge>
                </div>
                <Caption1>{t('dictionary.column', { role: t(`roles.${entry.role}`) })}</Caption1>
                <span className={styles.bar}>
                  <Button
                    size="small"
                    aria-label={t('dictionary.deleteFor', { label: entry.header })}
                    onClick={() => props.onDeleteColumn(entry.key)}
                  >
                    {t('dictionary.delete')}
                  </Button>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** What an import did, in the messages every shell shows: added and changed lines, or every refused line. */
function ImportNotice({ notice, language }: { notice: DictionaryImportNotice; language: UiLanguage }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const m = messages(language);
  return (
    <MessageBar intent={notice.imported ? 'success' : 'error'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {notice.imported ? t('dictionary.importedTitle') : t('dictionary.refusedTitle')}
        </MessageBarTitle>
        {notice.imported
          ? m.imported(notice.file, notice.added.length, notice.changed.length, notice.unchanged)
          : m.importRefused(notice.file, notice.refused.length)}
        {notice.imported &&
          notice.added.map((c) => (
            <div key={`a${c.line}`} className={styles.line}>
              {m.importAdded(c.line, c.text)}
            </div>
          ))}
        {notice.imported &&
          notice.changed.map((c) => (
            <div key={`c${c.line}`} className={styles.line}>
              {m.importChanged(c.line, c.text)}
            </div>
          ))}
        {notice.refused.map((p) => (
          <div key={`r${p.line}`} className={styles.line}>
            {m.dictionaryLine(notice.file, p)}
          </div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
