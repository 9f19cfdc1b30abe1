/**
 * Starts the task pane: finds out whether it runs inside Excel, picks language and theme,
 * and renders the one UI on the Excel host or, in a plain browser, on the file preview.
 */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { ExcelHost } from '../hosts/excel';
import { App } from './components/App';
import { createI18n } from './i18n';
import { pickTheme, pickUiLanguage } from './services/environment';
import { setUpOffline } from './services/offline';
import { loadSettings } from './services/settings-storage';

interface OfficeInfo {
  inExcel: boolean;
  displayLanguage?: string;
  bodyBackground?: string;
}

/** Office.onReady never settles when office.js is loaded outside Office in some browsers. */
const OFFICE_READY_TIMEOUT_MS = 4000;

async function detectOffice(): Promise<OfficeInfo> {
  if (typeof Office === 'undefined') return { inExcel: false };
  const info = await Promise.race([
    Office.onReady(),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), OFFICE_READY_TIMEOUT_MS)),
  ]);
  if (!info || info.host !== Office.HostType.Excel) return { inExcel: false };
  return {
    inExcel: true,
    displayLanguage: Office.context.displayLanguage,
    bodyBackground: Office.context.officeTheme?.bodyBackgroundColor,
  };
}

async function start(): Promise<void> {
  const office = await detectOffice();
  const uiLanguage = pickUiLanguage(office.displayLanguage, navigator.language);
  const settings = loadSettings({ nearMissPercent: 5, uiLanguage });
  const prefersDark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  const theme = pickTheme(office.bodyBackground, prefersDark) === 'dark' ? webDarkTheme : webLightTheme;
  const i18n = createI18n(settings.uiLanguage);
  const root = createRoot(document.getElementById('root') ?? document.body.appendChild(document.createElement('div')));
  root.render(
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={theme}>
        <App host={office.inExcel ? new ExcelHost({ language: settings.uiLanguage }) : null} settings={settings} />
      </FluentProvider>
    </I18nextProvider>,
  );
}

void start();
// The browser preview keeps working offline: a production build has a service worker, which a page
// that Office opened never registers. Decided by the address, without waiting for office.js.
void setUpOffline({ enabled: process.env.NODE_ENV === 'production' });
