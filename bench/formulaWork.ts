/**
 * The sheet's formula work, as a spreadsheet engine does it: the generated sheet loaded into a plain
 * HyperFormula instance (no emulator shortcuts) and evaluated in full, every conditional-format rule
 * expanded into one formula per cell it covers (as Sheets evaluates a custom formula for each cell of its
 * ranges), then one code cell edited and recalculated. Reported as CPU time, so other processes on the
 * machine matter less.
 *
 * Each size is measured twice: with the formulas of release 0.2.0 (bench/formulas-0.2.ts: every Status and
 * every cell of the three row-wide rules counting the row's codes) and with today's (one hidden check per
 * row that Status and every rule read), so the table shows what the lighter sheet saves on this machine.
 *
 * Work per row is uniform, so a matrix larger than SLAB_ROWS initiatives is measured on its first
 * SLAB_ROWS initiatives and scaled by rows / SLAB_ROWS (the summary's column formulas shrink with the slab
 * too, a small share). `npm run bench` prints it; `tsx bench/formulaWork.ts` runs it alone.
 */
import { HyperFormula, type RawCellContent } from "hyperformula";
import { tokenize, shiftSegments } from "../emulator/refs";
import { KINDS } from "../src/core/kinds";
import { firstDataRow, statusColumn, summaryRow } from "../src/core/plan/layout";
import * as release020 from "./formulas-0.2";
import { cellsRead, type CellsRead } from "./cellsRead";
import { planFor } from "./naive";
import { makeSpec, SIZES, sizeLabel, type Size } from "./workload";

export const SLAB_ROWS = 400;

/** Which formulas the sheet carries: release 0.2.0's, or today's. */
export type Formulas = "0.2.0" | "now";

export interface FormulaWork {
  size: Size;
  formulas: Formulas;
  /** Rows actually evaluated; figures are scaled to the full size. */
  slabRows: number;
  formulaCells: number;
  cfCells: number;
  evaluateMs: number;
  editMs: number;
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1_000;
};

/** Release 0.2.0's formula for each highlighting rule that 0.2.0 had, by rule name. */
const RELEASE_020_RULES: Record<string, keyof ReturnType<typeof release020.highlightFormulas>> = {
  INVALID_CODE: "invalidCell",
  SHARED_OWNERSHIP: "sharedOwnership",
  MULTIPLE_ACCOUNTABLE: "multipleAccountable",
  NO_ACCOUNTABLE: "noAccountable",
  NO_RESPONSIBLE: "noResponsible",
};

/** The plan of a new matrix, with release 0.2.0's formulas put back where asked. */
function planWith(size: Size, formulas: Formulas) {
  if (formulas === "now") return planFor(makeSpec(size, "Bench"));
  const matrix = planFor(makeSpec(size, "Bench"), { check: false });
  const { plan, layout, owners, settings } = matrix;
  const values = plan.blocks[0].values ?? [];
  const top = plan.blocks[0].range.row;
  const left = plan.blocks[0].range.column;
  for (let row = firstDataRow(layout); row <= layout.lastRow; row++)
    values[row - top][statusColumn(layout) - left] = release020.statusFormula(layout, row, owners, settings);
  for (let i = 0; i < layout.roleCount; i++) {
    const column = layout.firstRoleColumn + i;
    const summary = release020.summaryFormulas(layout, column, settings);
    KINDS[settings.kind].summary.forEach(
      (_, k) => (values[summaryRow(layout, settings.kind, k) - top][column - left] = summary[k]),
    );
  }
  const rules = release020.highlightFormulas(layout, owners);
  const highlightRules = plan.highlightRules.map((rule) => {
    const key = RELEASE_020_RULES[rule.name];
    return key === undefined ? rule : { ...rule, formula: rules[key] };
  });
  return { ...matrix, plan: { ...plan, highlightRules } };
}

function sheetOf(size: Size, formulas: Formulas) {
  const slab: Size = { ...size, initiatives: Math.min(size.initiatives, SLAB_ROWS) };
  const { plan, layout } = planWith(slab, formulas);
  const grid: RawCellContent[][] = [];
  const put = (r: number, c: number, v: RawCellContent) => {
    while (grid.length <= r) grid.push([]);
    grid[r][c] = v;
  };
  let formulaCells = 0;
  for (const block of plan.blocks) {
    block.values?.forEach((row, i) =>
      row.forEach((value, j) => {
        const text = typeof value === "string" && value.startsWith("'") ? value.slice(1) : value;
        if (typeof text === "string" && text.startsWith("=")) formulaCells++;
        if (text !== "") put(block.range.row - 1 + i, block.range.column - 1 + j, text);
      }),
    );
  }
  // Conditional formats: each rule's formula, shifted to each cell of its ranges, right of the matrix.
  const width = Math.max(...grid.map((row) => row.length));
  let cfCells = 0;
  plan.highlightRules.forEach((rule, k) => {
    const anchor = rule.ranges[0];
    const segments = tokenize(rule.formula);
    for (const range of rule.ranges)
      for (let r = range.row; r < range.row + range.numRows; r++)
        for (let c = range.column; c < range.column + range.numColumns; c++) {
          const formula = shiftSegments(segments, r - anchor.row, c - anchor.column);
          put(r - 1, width * (k + 1) + c - 1, formula);
          cfCells++;
        }
  });
  return { grid, slab, layout, formulaCells, cfCells };
}

let warmedUp = false;

export function measureFormulaWork(size: Size, formulas: Formulas = "now"): FormulaWork {
  if (!warmedUp) {
    // HyperFormula's first instance pays for loading and compiling its code: not the sheet's work.
    HyperFormula.buildFromArray(sheetOf(SIZES[1], "now").grid, {
      licenseKey: "gpl-v3",
      caseSensitive: false,
      maxColumns: 100_000,
    }).destroy();
    warmedUp = true;
  }
  const { grid, slab, layout, formulaCells, cfCells } = sheetOf(size, formulas);
  const scale = size.initiatives / slab.initiatives;
  // The least of three runs: other processes on the machine only ever add time.
  let evaluateMs = Infinity;
  let editMs = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = process.cpuUsage();
    const hf = HyperFormula.buildFromArray(grid, {
      licenseKey: "gpl-v3",
      caseSensitive: false,
      maxColumns: 100_000,
    });
    evaluateMs = Math.min(evaluateMs, cpuMs(start) * scale);
    const row = firstDataRow(layout) + Math.floor(slab.initiatives / 2) - 1;
    const edit = process.cpuUsage();
    hf.setCellContents({ sheet: 0, row, col: layout.firstRoleColumn }, [["ra"]]);
    editMs = Math.min(editMs, cpuMs(edit));
    hf.destroy();
  }
  return {
    size,
    formulas,
    slabRows: slab.initiatives,
    formulaCells: Math.round(formulaCells * scale),
    cfCells: Math.round(cfCells * scale),
    evaluateMs,
    editMs,
  };
}

/** Release 0.2.0's formulas and today's at one size: cells read, and HyperFormula's time when measured. */
export interface FormulaWorkComparison {
  size: Size;
  reads: { before: CellsRead; after: CellsRead };
  engine?: { before: FormulaWork; after: FormulaWork };
}

export function compareFormulaWork(size: Size, onEngine: boolean): FormulaWorkComparison {
  const readsWith = (formulas: Formulas) => {
    const { plan, layout, settings } = planWith(size, formulas);
    return cellsRead(plan, layout, settings.kind);
  };
  return {
    size,
    reads: { before: readsWith("0.2.0"), after: readsWith("now") },
    ...(onEngine
      ? { engine: { before: measureFormulaWork(size, "0.2.0"), after: measureFormulaWork(size, "now") } }
      : {}),
  };
}

export function formulaWorkTable(results: FormulaWorkComparison[]): string {
  const count = (value: number) => Math.round(value).toLocaleString("en-US");
  const times = (before: number, after: number) => `${(before / after).toFixed(1)}×`;
  const change = (before: number, after: number, unit = "") =>
    `${count(before)}${unit} → ${count(after)}${unit} | ${times(before, after)}`;
  const lines = [
    "| size | cells read, full evaluation (0.2.0 → now) | less | cells read after one code edit | less | " +
      "HyperFormula CPU, full evaluation | less | HyperFormula CPU, after one edit | less |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const { size, reads, engine } of results) {
    const cpu = engine
      ? `${change(engine.before.evaluateMs, engine.after.evaluateMs, " ms")} | ` +
        `${engine.before.editMs.toFixed(1)} ms → ${engine.after.editMs.toFixed(1)} ms | ${times(engine.before.editMs, engine.after.editMs)}`
      : "not run | | not run |";
    lines.push(
      `| ${sizeLabel(size)} | ${change(reads.before.fullEvaluation, reads.after.fullEvaluation)} | ` +
        `${change(reads.before.afterOneEdit, reads.after.afterOneEdit)} | ${cpu} |`,
    );
  }
  return lines.join("\n");
}

if (require.main === module) {
  const sizes = SIZES.slice(0, Number(process.env.BENCH_SIZES ?? SIZES.length));
  const all = process.argv.includes("--formula-work-all");
  console.log(
    formulaWorkTable(sizes.map((size) => compareFormulaWork(size, all || size.initiatives <= 1000))),
  );
}
