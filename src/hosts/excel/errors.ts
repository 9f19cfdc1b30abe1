import { HostError } from '../host';
import type { Messages } from '../../core/messages';

/** The fields of an OfficeExtension.Error the host reads; duck-typed so any Office.js build matches. */
interface OfficeErrorLike {
  code: string;
  message: string;
  debugInfo?: { errorLocation?: string };
}

export function isOfficeError(error: unknown): error is OfficeErrorLike {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

export const PAYLOAD_TOO_LARGE = ['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded'];

export function isPayloadTooLarge(error: unknown): boolean {
  return isOfficeError(error) && PAYLOAD_TOO_LARGE.includes(error.code);
}

/** A read Excel refused for its size: the answer over 5 MB, or the range over five million cells. */
export function isReadTooLarge(error: unknown): boolean {
  return isPayloadTooLarge(error) || (isOfficeError(error) && error.code === 'RangeExceedsLimit');
}

export interface ErrorContext {
  action: string;
  sheet?: string;
  cell?: string;
}

/**
 * Turns an Office.js error into a HostError a person can act on. HostErrors pass through;
 * anything that is not an Office error (a bug) is rethrown unchanged so it is seen, not masked.
 */
export function toHostError(error: unknown, m: Messages, where: ErrorContext): Error {
  if (error instanceof HostError) return error;
  if (!isOfficeError(error)) return error instanceof Error ? error : new Error(String(error));
  const { sheet, cell } = where;
  switch (error.code) {
    case 'ItemNotFound':
      if (sheet) return new HostError(m.sheetMissing(sheet), sheet, cell);
      break;
    case 'AccessDenied':
      if (sheet) return new HostError(m.sheetProtected(sheet), sheet, cell);
      break;
    case 'InvalidOperationInCellEditMode':
      return new HostError(m.cellEditMode(), sheet, cell);
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
    case 'RangeExceedsLimit':
      return new HostError(m.tooLarge(sheet ?? null), sheet, cell);
  }
  const location = error.debugInfo?.errorLocation ? `${error.debugInfo.errorLocation}: ` : '';
  return new HostError(
    m.office(where.action, `${location}${error.message} [${error.code}]`, m.where(sheet, cell)),
    sheet,
    cell,
  );
}
