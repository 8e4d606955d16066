/**
 * From service calls to an estimate of time in Apps Script.
 *
 * Google's best-practices page (https://developers.google.com/apps-script/guides/support/best-practices,
 * "Use batch operations") sets the background of each cell of a 100 × 100 grid one call at a time, which
 * takes about 70 seconds, against about 1 second for the same work batched. 70 s over 10,000 cells is about
 * 7 ms per single-cell call: the basis of every "est. Apps Script" figure here. It is an estimate, not a
 * measurement: a getRange or a rule builder probably costs less, and one batched call that writes a million
 * cells certainly costs more than 7 ms (the page's own batched figure, 1 s for 10,000 cells, is ~0.1 ms per
 * cell), so the estimate flatters the batched add-on at large sizes and is about right for per-cell code.
 */
export const MS_PER_CALL = 7;

/** Simple triggers (onEdit) stop after 30 seconds; other executions after 6 minutes (Apps Script quotas). */
export const LIMIT_MS = { trigger: 30_000, execution: 6 * 60_000 } as const;

export const estimateMs = (calls: number): number => calls * MS_PER_CALL;

export function formatDuration(ms: number): string {
  if (ms < 1_000) return `${(ms / 1_000).toFixed(2)} s`;
  if (ms < 60_000) return `${(ms / 1_000).toFixed(ms < 10_000 ? 1 : 0)} s`;
  if (ms < 3_600_000) return `${(ms / 60_000).toFixed(1)} min`;
  return `${(ms / 3_600_000).toFixed(1)} h`;
}
