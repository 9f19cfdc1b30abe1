/**
 * Strings written through Range.values are read as if typed. The reference remark says so for the
 * first character ("If the returned value starts with a plus ("+"), minus ("-"), or equal sign
 * ("="), Excel interprets this value as a formula") and for dates ("use a locale-neutral format
 * like ISO (YYYY-MM-DD)" to have them stored as dates); typed entry also turns `1,234`, `95%`,
 * `1/6`, `12:30`, `(5)`, `TRUE` and `#DIV/0!` into numbers, dates, booleans and errors. Which
 * strings convert is not documented in full, so every string gets Excel's text prefix, a leading
 * apostrophe, which keeps the rest as text and is not part of the value (office-js #6687: reading
 * `formulas` back gives the text without it). Review A.8.
 */
export function asText(text: string): string {
  return text === '' ? '' : `'${text}`;
}
