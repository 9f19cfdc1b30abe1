/**
 * Whether the task pane runs inside Excel, found out once at start.
 *
 * develop/initialize-add-in: outside Office, Office.onReady "will call the callback and resolve the
 * promise with null for both the host and platform"; it never settles only when the Office.js
 * files cannot be loaded (some browsers outside Office). Inside Excel, office.js first downloads
 * its host file and locale strings, which on a slow first load can take longer than any fixed
 * wait. So a wait that runs out is not an answer: the pane starts as the browser preview, and if
 * onReady later resolves inside Excel, `onLateExcel` is called so the pane can switch to the Excel
 * host for the rest of the session instead of staying in preview (review A.6).
 */
export interface OfficeInfo {
  inExcel: boolean;
  displayLanguage?: string;
  bodyBackground?: string;
  /**
   * Prefix for keys in the browser's storage, where the platform partitions it (Excel on the web);
   * undefined elsewhere. Docs: "Persist add-in state and settings" — use `Office.context.partitionKey`.
   */
  partitionKey?: string;
}

export interface DetectOptions {
  /** How long to wait before starting as the browser preview. */
  waitMs: number;
  /** Called at most once, when Office turns out to be Excel after the wait ran out. */
  onLateExcel: (info: OfficeInfo) => void;
}

function excelInfo(): OfficeInfo {
  return {
    inExcel: true,
    displayLanguage: Office.context.displayLanguage,
    bodyBackground: Office.context.officeTheme?.bodyBackgroundColor,
    partitionKey: Office.context.partitionKey || undefined,
  };
}

export function detectOffice({ waitMs, onLateExcel }: DetectOptions): Promise<OfficeInfo> {
  if (typeof Office === 'undefined') return Promise.resolve({ inExcel: false });
  return new Promise((resolve) => {
    let answered = false;
    const timer = setTimeout(() => {
      answered = true;
      resolve({ inExcel: false });
    }, waitMs);
    Office.onReady().then(
      (info) => {
        const inExcel = info?.host === Office.HostType.Excel;
        if (!answered) {
          answered = true;
          clearTimeout(timer);
          resolve(inExcel ? excelInfo() : { inExcel: false });
        } else if (inExcel) onLateExcel(excelInfo());
      },
      () => {
        // office.js could not start: the preview already shown, or about to be, stays.
      },
    );
  });
}
