import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { vi } from './vi';

export type UiLanguage = 'vi' | 'en';

/** A ready i18next instance for the task pane; tests create their own the same way. */
export function createI18n(language: UiLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { vi: { translation: vi }, en: { translation: en } },
    lng: language,
    fallbackLng: 'vi',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}
