/**
 * The ribbon's function file. The only ribbon button (Home > Plan vs actual) is a
 * ShowTaskpane action, so Office needs this page loaded but no command functions:
 * nothing waits for Office to be ready here.
 */
void Office.onReady();
