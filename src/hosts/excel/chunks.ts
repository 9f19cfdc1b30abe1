import { isPayloadTooLarge } from './errors';

/** One queued change, re-runnable: when Excel refuses a request as too large it is queued again in a smaller one. */
export interface WriteOp {
  /** Estimated request bytes (JSON of the arrays sent plus a fixed overhead). */
  bytes: number;
  run(): void;
}

/** Excel on the web rejects requests of 5 MB; every request is kept under 4 MB by estimate. */
export const WRITE_BUDGET_BYTES = 3_500_000;
/** Pieces of one column are cut to this size so that a halved budget can still be filled. */
export const OP_MAX_BYTES = 64 * 1024;
const MIN_BUDGET_BYTES = 128 * 1024;
/** Object paths and method names that every queued action adds to the request. */
export const OP_OVERHEAD_BYTES = 200;

/** An op's estimated request size: its arguments' JSON plus the fixed overhead. */
export function jsonBytes(value: unknown): number {
  return utf8JsonLength(value) + OP_OVERHEAD_BYTES;
}

/** UTF-8 size of a value's JSON: Vietnamese letters take two or three bytes. */
export function utf8JsonLength(value: unknown): number {
  const text = JSON.stringify(value) ?? '';
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Sends the ops in as few requests as the byte budget allows, one sync per request. When Excel
 * still answers RequestPayloadSizeLimitExceeded, nothing of that request was applied: the
 * same ops are sent again with half the budget.
 */
export async function runInChunks(
  context: Excel.RequestContext,
  ops: WriteOp[],
  budgetBytes: number,
  onChunk?: (done: number, total: number) => void,
): Promise<void> {
  let budget = budgetBytes;
  let start = 0;
  while (start < ops.length) {
    let end = start;
    let bytes = 0;
    while (end < ops.length && (end === start || bytes + ops[end].bytes <= budget)) {
      bytes += ops[end].bytes;
      end++;
    }
    for (let i = start; i < end; i++) ops[i].run();
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error) || budget / 2 < MIN_BUDGET_BYTES) throw error;
      budget = Math.floor(budget / 2);
      continue;
    }
    start = end;
    onChunk?.(start, ops.length);
  }
}

/** Rows that follow each other and share a key: one write each. */
export interface Run<T> {
  key: string;
  /** Row of the first item. */
  start: number;
  items: T[];
}

/** Consecutive rows with the same key, in row order; items whose key is null are left out. */
export function runs<T extends { row: number }>(items: readonly T[], key: (item: T) => string | null): Run<T>[] {
  const sorted = [...items].sort((a, b) => a.row - b.row);
  const out: Run<T>[] = [];
  for (const item of sorted) {
    const k = key(item);
    if (k === null) continue;
    const last = out[out.length - 1];
    if (last && last.key === k && last.start + last.items.length === item.row) last.items.push(item);
    else out.push({ key: k, start: item.row, items: [item] });
  }
  return out;
}

/** Cuts a block of rows starting at row `start` into ops of at most OP_MAX_BYTES each. */
export function pieces<T>(rows: T[][], start: number, write: (start: number, part: T[][]) => void): WriteOp[] {
  const ops: WriteOp[] = [];
  let from = 0;
  while (from < rows.length) {
    let to = from;
    let bytes = OP_OVERHEAD_BYTES;
    while (to < rows.length) {
      const rowBytes = utf8JsonLength(rows[to]) + 1;
      if (to > from && bytes + rowBytes > OP_MAX_BYTES) break;
      bytes += rowBytes;
      to++;
    }
    const part = rows.slice(from, to);
    const at = start + from;
    ops.push({ bytes, run: () => write(at, part) });
    from = to;
  }
  return ops;
}
