import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n, type UiLanguage } from '../../src/taskpane/i18n';

// jsdom has no layout, so no ResizeObserver; Fluent's MessageBar observes its own width.
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  class NoLayoutResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.assign(window, { ResizeObserver: NoLayoutResizeObserver });
}

/** A task pane component as the add-in shows it: translated, inside Fluent's provider. */
export function wrap(ui: ReactElement, language: UiLanguage = 'vi'): ReactElement {
  return (
    <I18nextProvider i18n={createI18n(language)}>
      <FluentProvider theme={webLightTheme}>{ui}</FluentProvider>
    </I18nextProvider>
  );
}

/** Renders a task pane component as the add-in does (see `wrap`); `rerender` it with `wrap` too. */
export function renderPane(ui: ReactElement, language: UiLanguage = 'vi'): RenderResult {
  return render(wrap(ui, language));
}
