/**
 * Starts the task pane: finds out whether it runs inside Excel, picks language and theme,
 * and renders the one UI on the Excel host or, in a plain browser, on the file preview.
 */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { ExcelHost } from '../hosts/excel';
import { detectOffice, type OfficeInfo } from '../hosts/excel/office-ready';
import { App } from './components/App';
import { createI18n } from './i18n';
import { pickTheme, pickUiLanguage } from './services/environment';
import { setUpOffline } from './services/offline';
import { browserDictionaryStore } from './services/dictionary-storage';
import { loadSettings } from './services/settings-storage';

/** How long to wait for Office.onReady before showing the browser preview; Excel may still come later. */
const OFFICE_READY_WAIT_MS = 4000;

/** Resolved the first time the pane has had nothing to do for a while: the offline worker waits for it. */
let paneQuiet: () => void = () => undefined;
const quiet = new Promise<void>((resolve) => (paneQuiet = resolve));

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root') ?? document.body.appendChild(document.createElement('div')));
  const render = (office: OfficeInfo): void => {
    const uiLanguage = pickUiLanguage(office.displayLanguage, navigator.language);
    const settings = loadSettings({ nearMissPercent: 5, uiLanguage });
    const prefersDark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
    const theme = pickTheme(office.bodyBackground, prefersDark) === 'dark' ? webDarkTheme : webLightTheme;
    const i18n = createI18n(settings.uiLanguage);
    root.render(
      <I18nextProvider i18n={i18n}>
        <FluentProvider theme={theme}>
          <App
            key={office.inExcel ? 'excel' : 'preview'}
            host={office.inExcel ? new ExcelHost({ language: settings.uiLanguage }) : null}
            settings={settings}
            dictionaryStore={browserDictionaryStore(office.partitionKey)}
            onQuiet={paneQuiet}
          />
        </FluentProvider>
      </I18nextProvider>,
    );
  };
  // A slow first load inside Excel may outlast the wait: the preview shown meanwhile gives way
  // to the Excel host as soon as Office answers (review A.6).
  render(await detectOffice({ waitMs: OFFICE_READY_WAIT_MS, onLateExcel: render }));
}

void start();
// The browser preview keeps working offline: a production build has a service worker, which a page
// that Office opened never registers. Decided by the address, without waiting for office.js; the
// preview registers it once quiet, so its install does not slow a file opened at once.
void setUpOffline({ enabled: process.env.NODE_ENV === 'production', quiet });
