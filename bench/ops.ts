/** The operations the benchmark measures, and the shape of its results. */
import { LIMIT_MS } from "./estimate";
import type { Size } from "./workload";

export type OpKey = "generate" | "analyze" | "refresh" | "addRole" | "onEditCell" | "onEditPaste";

/** A paste of up to 10 × 10 code cells (fewer columns where the matrix has fewer than 10 roles). */
export function pasteShape(size: Size): { rows: number; columns: number } {
  return { rows: Math.min(10, size.initiatives), columns: Math.min(10, size.roles) };
}

export const OPS: { key: OpKey; label: (size: Size) => string; limitMs: number }[] = [
  { key: "generate", label: () => "generateMatrix", limitMs: LIMIT_MS.execution },
  { key: "analyze", label: () => "analyzeMatrix", limitMs: LIMIT_MS.execution },
  { key: "refresh", label: () => "refreshMatrix", limitMs: LIMIT_MS.execution },
  { key: "addRole", label: () => "addRole (sidebar)", limitMs: LIMIT_MS.execution },
  { key: "onEditCell", label: () => "onEdit, 1 cell", limitMs: LIMIT_MS.trigger },
  {
    key: "onEditPaste",
    label: (size) => `onEdit, paste ${pasteShape(size).rows}×${pasteShape(size).columns}`,
    limitMs: LIMIT_MS.trigger,
  },
];

export interface Measured {
  calls: number;
  ms: number;
  byMethod: Record<string, number>;
}

export interface NaiveFigure {
  calls: number;
  /** Null when the naive job was not executed at this size. */
  ms: number | null;
  source: "measured" | "computed";
  /** The dry run's count, and whether it equals the emulator's where the job was executed. */
  dryRun: number;
  dryRunMatches: boolean | null;
}

export interface SizeResult {
  size: Size;
  /** The add-on's figures; a job is missing when the time budget did not allow it (see `skipped`). */
  ours: Partial<Record<OpKey, Measured>>;
  /** Jobs not run at this size, with the time they were projected to take on the emulator. */
  skipped: { op: OpKey; projectedMs: number }[];
  naive: Record<OpKey, NaiveFigure>;
  core: { ms: number; runs: number; findings: number };
  /** Resident memory after the add-on's operations at this size (MB). */
  rssMb: number;
  /** Finding counts of analyzeMatrix on the add-on's sheet and (where executed) on the naive one. */
  findings: { ours: Record<string, number> | null; naive: Record<string, number> | null };
  /** Cell attributes written by the add-on's generate and refresh (bench/payload.ts). */
  payload: { generate: number; refresh: number };
  /** Whether the naive script's new sheet looks the same as the add-on's (compared at small sizes only). */
  sameSheet: boolean | null;
}
