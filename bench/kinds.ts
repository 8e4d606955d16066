/**
 * The kinds of matrix for `npm run bench`: the same matrix as RACI, RASCI and DACI (the same rows, each code
 * in the kind's letters), and the add-on's service calls for each job on it. A kind changes the sheet's words
 * and formulas, never how many calls a job makes. Run alone with `tsx bench/kinds.ts` (after `npm run build`).
 */
import { join } from "node:path";
import { createEmulator, loadBundle } from "../emulator";
import { a1 } from "../src/core/a1";
import { CODE_PARTS, codeOf, KINDS, MATRIX_KINDS } from "../src/core/kinds";
import { firstDataRow, newLayout } from "../src/core/plan/layout";
import type { CanonicalCode, MatrixKind } from "../src/core/types";
import { makeSpec, sizeLabel, type Size } from "./workload";

const CODE_PATH = join(__dirname, "../dist/Code.js");

export const KINDS_SIZE: Size = { initiatives: 1_000, roles: 12 };

export const KIND_JOBS = ["generate", "analyze", "onEditCell", "fix", "refresh"] as const;
export type KindJob = (typeof KIND_JOBS)[number];

export interface KindCalls {
  kind: MatrixKind;
  calls: Record<KindJob, number>;
}

/**
 * A RACI code in `kind`'s letters: itself where the kind has it, else the code with the same parts (R is
 * DACI's D), else the owner's A (DACI has no A/R). RASCI's S takes the place of each row's first C.
 */
function inKind(code: CanonicalCode, kind: MatrixKind, firstC: boolean): CanonicalCode {
  const { codes, parts } = KINDS[kind];
  if (code === "C" && firstC && parts.includes("S")) return "S";
  if (codes.some((c) => c.code === code)) return code;
  const same = CODE_PARTS[code];
  return same.length === 1 ? codeOf(KINDS[kind], same[0]) : "A";
}

function specIn(size: Size, kind: MatrixKind) {
  const spec = makeSpec(size, `Kinds ${kind}`);
  return {
    ...spec,
    kind,
    initiatives: (spec.initiatives ?? []).map((initiative) => {
      let seenC = false;
      const assignments = Object.fromEntries(
        Object.entries(initiative.assignments ?? {}).map(([role, code]) => {
          const first = code === "C" && !seenC;
          if (code === "C") seenC = true;
          return [role, inKind(code as CanonicalCode, kind, first)];
        }),
      );
      return { ...initiative, assignments };
    }),
  };
}

/** The calls of each job on the same matrix in each kind; the typed cell is the doer's code in lower case. */
export function kindCalls(size: Size = KINDS_SIZE): KindCalls[] {
  return MATRIX_KINDS.map((kind) => {
    const emulator = createEmulator({ htmlRoot: join(__dirname, "../dist") });
    const app = loadBundle(emulator, CODE_PATH);
    const calls = {} as Record<KindJob, number>;
    const measure = (job: KindJob, run: () => unknown): unknown => {
      emulator.calls.reset();
      const result = run();
      calls[job] = emulator.calls.total;
      return result;
    };
    const { sheetName } = measure("generate", () => app.generateMatrix(specIn(size, kind))) as {
      sheetName: string;
    };
    measure("analyze", () => app.analyzeMatrix(sheetName));
    const layout = newLayout(size.roles, size.initiatives, false, kind);
    const cell = a1(firstDataRow(layout) + Math.floor(size.initiatives / 2), layout.firstRoleColumn + 1);
    const typed = codeOf(KINDS[kind], "R").toLowerCase();
    // A warm-up edit first: the first one makes the change log's sheet.
    emulator.editAsUser(app, sheetName, a1(firstDataRow(layout), layout.firstRoleColumn), [["i"]]);
    measure("onEditCell", () => emulator.editAsUser(app, sheetName, cell, [[typed]]));
    measure("fix", () => app.fixFindings(sheetName));
    measure("refresh", () => app.refreshMatrix(sheetName));
    return { kind, calls };
  });
}

const JOB_LABELS: Record<KindJob, string> = {
  generate: "generateMatrix",
  analyze: "analyzeMatrix",
  onEditCell: "onEdit, 1 cell",
  fix: "fixFindings",
  refresh: "refreshMatrix",
};

/** A Markdown table: one row per job, one column per kind. */
export function kindsTable(figures: readonly KindCalls[]): string {
  return [
    `| ${["Job", ...figures.map((f) => f.kind)].join(" | ")} |`,
    `|---|${figures.map(() => "---:").join("|")}|`,
    ...KIND_JOBS.map(
      (job) => `| ${[JOB_LABELS[job], ...figures.map((f) => String(f.calls[job]))].join(" | ")} |`,
    ),
  ].join("\n");
}

/** "The same calls in every kind", or which jobs differ, for the page's text. */
export function kindsSentence(figures: readonly KindCalls[], size: Size = KINDS_SIZE): string {
  const differ = KIND_JOBS.filter((job) => new Set(figures.map((f) => f.calls[job])).size > 1);
  return differ.length === 0
    ? `On a ${sizeLabel(size)} matrix every job makes the same number of service calls in every kind.`
    : `On a ${sizeLabel(size)} matrix the kinds differ in: ${differ.map((job) => JOB_LABELS[job]).join(", ")}.`;
}

if (require.main === module) {
  const figures = kindCalls();
  console.log(`${kindsSentence(figures)}\n\n${kindsTable(figures)}`);
}
