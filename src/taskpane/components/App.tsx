import { Caption1, makeStyles, Tab, TabList, Title3, tokens } from '@fluentui/react-components';
import { lazy, memo, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DictionaryStore } from '../services/dictionary-storage';
import { engine } from '../state/engine';
import type { WorkbookHost } from '../../hosts/host';
import { countRows, hasOwnOutput, reviewTables } from '../state/models';
import type { PaneSettings, View } from '../state/state';
import { useTaskpane, type NewWorkbookFile, type OpenWorkbookFile } from '../state/useTaskpane';
import { ErrorBar } from './ErrorBar';
import { PreviewBar } from './PreviewBar';
import { ScanView } from './ScanView';
import { SettingsView } from './SettingsView';

const useStyles = makeStyles({
  app: {
    display: 'grid',
    gap: '12px',
    padding: '12px',
    minHeight: '100vh',
    boxSizing: 'border-box',
    alignContent: 'start',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: { display: 'grid' },
  tabs: { flexWrap: 'wrap' },
});

export interface AppProps {
  /** The Excel host, or null in the browser preview. */
  host: WorkbookHost | null;
  settings: PaneSettings;
  openWorkbookFile?: OpenWorkbookFile;
  newWorkbookFile?: NewWorkbookFile;
  dictionaryStore?: DictionaryStore;
  saveFile?: (blob: Blob, fileName: string) => void;
  /** Called each time the pane has had nothing to do for `QUIET_MS` (see useTaskpane). */
  onQuiet?: () => void;
}

/** Loaded when its tab is first opened, to keep the pane's first script small. */
const DraftView = lazy(() => import('./DraftView').then((m) => ({ default: m.DraftView })));
/** The dictionary's settings (list, dialogs) load with the Settings tab, for the same reason. */
const DictionarySection = lazy(() => import('./DictionarySection').then((m) => ({ default: m.DictionarySection })));

type ReviewViews = typeof import('./ReviewViews');
/** The review and the results, with their virtual lists and pickers: fetched once the pane has shown itself. */
const loadReviewViews = (): Promise<ReviewViews> => import(/* webpackChunkName: "review" */ './ReviewViews');
/**
 * Only while their chunk is not yet in the pane's state (see `App`): a lazy view suspends on its first
 * render even when its chunk is loaded, and React holds back what a boundary reveals until 300 ms
 * after its fallback showed, so the Review and the Results would each show that much later.
 */
const LazyReviewView = lazy(() => loadReviewViews().then((m) => ({ default: m.ReviewView })));
const LazyResultsView = lazy(() => loadReviewViews().then((m) => ({ default: m.ResultsView })));

const VIEWS: View[] = ['scan', 'review', 'results', 'draft', 'settings'];

interface StepsProps {
  view: View;
  canReview: boolean;
  canShowResults: boolean;
  onSelect: (view: View) => void;
}

/**
 * The tabs. Memoised: Fluent's selected-tab indicator measures the tabs on every render, which
 * forces a layout of the whole pane, so a progress update must not re-render them.
 */
const Steps = memo(function Steps({ view, canReview, canShowResults, onSelect }: StepsProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <TabList
      className={styles.tabs}
      aria-label={t('app.tabs.label')}
      selectedValue={view}
      onTabSelect={(_, data) => {
        const chosen = VIEWS.find((v) => v === data.value);
        if (chosen) onSelect(chosen);
      }}
    >
      <Tab value="scan">{t('app.tabs.scan')}</Tab>
      <Tab value="review" disabled={!canReview}>
        {t('app.tabs.review')}
      </Tab>
      <Tab value="results" disabled={!canShowResults}>
        {t('app.tabs.results')}
      </Tab>
      <Tab value="draft">{t('app.tabs.draft')}</Tab>
      <Tab value="settings">{t('app.tabs.settings')}</Tab>
    </TabList>
  );
});

/** Connects the store to the views; the only component that knows about the store. */
export function App(props: AppProps) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const { state, actions } = useTaskpane(props);
  const preview = props.host === null;
  const language = state.settings.uiLanguage;

  // The review's chunk, once fetched, is rendered from the state: nothing suspends when a scan shows it.
  const [views, setViews] = useState<ReviewViews | null>(null);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(
      () =>
        void loadReviewViews().then(
          (m) => {
            if (live) setViews(m);
          },
          () => undefined, // the lazy views fetch it again when shown
        ),
      0,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, []);
  const ReviewView = views?.ReviewView ?? LazyReviewView;
  const ResultsView = views?.ResultsView ?? LazyResultsView;

  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);

  // The review and the draft preview show only after a scan or a preview, which load the engine.
  const engineLoaded = state.analysis !== null || state.draft.preview !== null || state.engineReady;
  const catalog = useMemo(() => (engineLoaded ? engine().engine.catalog.entries : []), [engineLoaded]);
  const search = useMemo(() => (engineLoaded ? engine().engine.catalog.search : () => []), [engineLoaded]);
  const tables = useMemo(
    () => (state.analysis ? reviewTables(state.analysis, state.focus) : []),
    [state.analysis, state.focus],
  );
  const found = useMemo(() => (state.analysis ? countRows(state.analysis) : null), [state.analysis]);

  return (
    <main className={styles.app}>
      <header className={styles.header}>
        <Title3 as="h1">{t('app.title')}</Title3>
        <Caption1>{t('app.subtitle')}</Caption1>
      </header>
      {preview && (
        <PreviewBar
          fileName={state.fileName}
          opening={state.busy === 'open'}
          canDownload={state.hasWorkbook && state.busy === null}
          onOpen={(file) => void actions.openFile(file)}
          onDownload={() => void actions.download()}
        />
      )}
      {state.error && <ErrorBar error={state.error} onDismiss={actions.dismissError} />}
      <Steps
        view={state.view}
        canReview={state.analysis !== null}
        canShowResults={state.summary !== null}
        onSelect={actions.setView}
      />
      <section aria-label={t(`app.tabs.${state.view}`)}>
        {state.view === 'scan' && (
          <ScanView
            scope={state.scope}
            canScan={state.hasWorkbook && state.busy === null}
            scanning={state.busy === 'scan'}
            progress={state.progress}
            found={found}
            onScopeChange={actions.setScope}
            onScan={() => void actions.scan()}
          />
        )}
        {state.view === 'review' && (
          <Suspense fallback={null}>
            <ReviewView
              tables={tables}
              issues={state.analysis?.issues ?? []}
              language={language}
              catalog={catalog}
              search={search}
              applying={state.busy === 'apply'}
              progress={state.progress}
              appliedBefore={state.applyCount > 0 || (state.analysis !== null && hasOwnOutput(state.analysis))}
              onIndicatorChange={actions.changeIndicator}
              onDirectionChange={actions.changeDirection}
              onColumnChange={actions.changeColumn}
              onAcceptTable={actions.acceptTable}
              onApply={() => void actions.apply()}
            />
          </Suspense>
        )}
        {state.view === 'results' && (
          <Suspense fallback={null}>
            <ResultsView
              summary={state.summary}
              catalog={catalog}
              language={language}
              selection={state.selection}
              lastApply={state.lastApply}
              onSelect={(item) => void actions.select(item)}
            />
          </Suspense>
        )}
        {state.view === 'draft' && (
          <Suspense fallback={null}>
            <DraftView
              draft={state.draft}
              catalog={catalog}
              language={language}
              creating={state.busy === 'draft'}
              canWork={state.busy === null}
              onTextChange={actions.changeDraftText}
              onOpenFile={(file) => void actions.openDraftFile(file)}
              onPreview={() => void actions.previewDraft()}
              onCreate={() => void actions.createDraftSheet()}
            />
          </Suspense>
        )}
        {state.view === 'settings' && (
          <>
            <SettingsView settings={state.settings} onChange={actions.changeSettings} />
            <Suspense fallback={null}>
              <DictionarySection
                dictionary={state.dictionary}
                importNotice={state.dictionaryImport}
                catalog={catalog}
                search={search}
                catalogReady={engineLoaded}
                language={language}
                onLoadCatalog={() => void actions.loadCatalog()}
                onEdit={actions.editWording}
                onDelete={actions.deleteWording}
                onDeleteColumn={actions.deleteColumnWording}
                onForgetAll={actions.forgetDictionary}
                onExport={() => void actions.exportDictionary()}
                onImport={(file) => void actions.importDictionary(file)}
              />
            </Suspense>
          </>
        )}
      </section>
    </main>
  );
}
