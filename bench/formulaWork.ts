/**
 * The sheet's formula work, as a spreadsheet engine does it: the generated sheet loaded into a plain
 * HyperFormula instance (no emulator shortcuts) and evaluated in full, every conditional-format rule
 * expanded into one formula per cell it covers (as Sheets evaluates a custom formula for each cell of its
 * ranges), then one code cell edited and recalculated. Reported as CPU time, so other processes on the
 * machine matter less.
 *
 * Work per row is uniform, so a matrix larger than SLAB_ROWS initiatives is measured on its first
 * SLAB_ROWS initiatives and scaled by rows / SLAB_ROWS (the summary's column formulas shrink with the slab
 * too, a small share). `npm run bench` prints it; `tsx bench/formulaWork.ts` runs it alone.
 */
import { HyperFormula, type RawCellContent } from "hyperformula";
import { tokenize, shiftSegments } from "../emulator/refs";
import { firstDataRow } from "../src/core/plan/layout";
import { planFor } from "./naive";
import { makeSpec, SIZES, sizeLabel, type Size } from "./workload";

export const SLAB_ROWS = 400;

export interface FormulaWork {
  size: Size;
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

function sheetOf(size: Size) {
  const slab: Size = { ...size, initiatives: Math.min(size.initiatives, SLAB_ROWS) };
  const { plan, layout } = planFor(makeSpec(slab, "Bench"));
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

export function measureFormulaWork(size: Size): FormulaWork {
  if (!warmedUp) {
    // HyperFormula's first instance pays for loading and compiling its code: not the sheet's work.
    HyperFormula.buildFromArray(sheetOf(SIZES[1]).grid, {
      licenseKey: "gpl-v3",
      caseSensitive: false,
      maxColumns: 100_000,
    }).destroy();
    warmedUp = true;
  }
  const { grid, slab, layout, formulaCells, cfCells } = sheetOf(size);
  const scale = size.initiatives / slab.initiatives;
  const start = process.cpuUsage();
  const hf = HyperFormula.buildFromArray(grid, {
    licenseKey: "gpl-v3",
    caseSensitive: false,
    maxColumns: 100_000,
  });
  const evaluateMs = cpuMs(start) * scale;
  const row = firstDataRow(layout) + Math.floor(slab.initiatives / 2) - 1;
  const edit = process.cpuUsage();
  hf.setCellContents({ sheet: 0, row, col: layout.firstRoleColumn }, [["ra"]]);
  const editMs = cpuMs(edit);
  hf.destroy();
  return {
    size,
    slabRows: slab.initiatives,
    formulaCells: Math.round(formulaCells * scale),
    cfCells: Math.round(cfCells * scale),
    evaluateMs,
    editMs,
  };
}

export function formulaWorkTable(results: FormulaWork[]): string {
  const lines = [
    "| size | formula cells | conditional-format cells | full evaluation (CPU) | recalc after one edit (CPU) |",
    "| --- | ---: | ---: | ---: | ---: |",
  ];
  for (const r of results)
    lines.push(
      `| ${sizeLabel(r.size)} | ${r.formulaCells.toLocaleString("en-US")} | ${r.cfCells.toLocaleString("en-US")} | ` +
        `${Math.round(r.evaluateMs).toLocaleString("en-US")} ms | ${r.editMs.toFixed(1)} ms |`,
    );
  return lines.join("\n");
}

if (require.main === module) {
  const sizes = SIZES.slice(0, Number(process.env.BENCH_SIZES ?? SIZES.length));
  console.log(formulaWorkTable(sizes.map(measureFormulaWork)));
}
