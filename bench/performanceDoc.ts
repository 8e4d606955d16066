/**
 * docs/performance.md, written by `npm run bench` from the run's own results: the tables, and the few
 * figures quoted in the text, come from this run, so the page never holds a number copied by hand.
 */
import type { FileSize } from "./bundle";
import { formatDuration, LIMIT_MS, MS_PER_CALL } from "./estimate";
import { formulaWorkTable, SLAB_ROWS, type FormulaWorkComparison } from "./formulaWork";
import { OPS, type SizeResult } from "./ops";
import { MS_PER_CELL } from "./payload";
import {
  bundleTable,
  constancy,
  fixTable,
  mainTable,
  naiveNotes,
  payloadTable,
  suggestSentence,
} from "./report";
import { portfolioSentence, type PortfolioFigure } from "./portfolio";
import type { FixCalls } from "./suggest";
import { kindsSentence, kindsTable, type KindCalls } from "./kinds";
import { sizeLabel, type Size } from "./workload";

export interface BenchRun {
  /** YYYY-MM-DD. */
  date: string;
  machine: { node: string; cpus: number; cpuModel: string; memoryGb: number };
  benchSeconds: number;
  results: SizeResult[];
  bundle: FileSize[];
  suggest: { size: Size; ms: number; cpuMs: number; owners: number };
  fixes: FixCalls[];
  kinds: KindCalls[];
  portfolio: PortfolioFigure[];
  formulaWork: FormulaWorkComparison[];
}

const times = (value: number) =>
  `${value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString("en-US")}×`;

/** The smallest and largest naive ÷ add-on call ratio over every operation and size. */
function ratioRange(results: SizeResult[]): { min: number; max: number } {
  const ratios = results.flatMap((r) =>
    OPS.flatMap((op) => {
      const ours = r.ours[op.key];
      return ours ? [r.naive[op.key].calls / ours.calls] : [];
    }),
  );
  return { min: Math.min(...ratios), max: Math.max(...ratios) };
}

function callsSection(run: BenchRun): string[] {
  const { results } = run;
  const largest = results[results.length - 1];
  const analysis = largest.ours.analyze;
  const { min, max } = ratioRange(results);
  return [
    "## Service calls per operation",
    "",
    mainTable(results, true),
    "",
    // A note opening with "*" (the computed figures' mark) would read as a nested list: escape it.
    ...naiveNotes(results).map((note) => `- ${note.replace(/^\*/, "\\*")}`),
    "",
    "The add-on's calls per operation, across sizes:",
    "",
    ...constancy(results).map((line) => `- ${line}`),
    "",
    "Each operation makes the same number of calls whatever the size of the matrix, because the add-on decides " +
      "the whole sheet in memory (a `SheetPlan`) and writes it in batched calls, with formats set range-wide " +
      "rather than cell by cell. A few of those calls check what is the add-on's (the sheet's mark, the users' " +
      "highlighting rules kept after its own, the settings of deleted sheets pruned, the change log's length), " +
      "draw the workload chart, and mark a new sheet as under construction until it is complete. A pasted block " +
      "costs one more pair of calls per distinct code it rewrites (at most five), never more with the size. " +
      `Over these operations and sizes, the cell-by-cell script makes ${times(min)} to ${times(max)} as many ` +
      "calls.",
    "",
    "Reading only (analysis, fix previews, the sidebar's description of the sheet) reads a matrix of 2,000 rows " +
      "or more around its formula cells: the first rows' formulas, the rows down to the header, the codes and " +
      "the agreement columns, never Status, the hidden check or the summary, which analysis does not need. " +
      "That costs a few more calls and moves fewer cells. Google Sheets has computed those formulas already; " +
      "the emulator behind the tests and the local preview would otherwise evaluate them all for each analysis." +
      (analysis
        ? ` Here analyzeMatrix takes ${formatDuration(analysis.ms)} on the emulator at ${sizeLabel(largest.size)}, ` +
          `and the pure analysis of the same matrix in memory ${formatDuration(largest.core.ms)}.`
        : ""),
  ];
}

function payloadSection(run: BenchRun): string[] {
  const largest = run.results[run.results.length - 1];
  const generateMs = largest.payload.generate * MS_PER_CELL;
  const fits = generateMs <= LIMIT_MS.execution;
  return [
    "## Cells written",
    "",
    "A batched call is one round trip but carries many cells. Priced at Google's batched rate (about " +
      `${MS_PER_CELL} ms a cell attribute, an estimate), the largest matrices are bounded by what they write, ` +
      "not by their calls:",
    "",
    payloadTable(run.results, true),
    "",
    `So generating a ${sizeLabel(largest.size)} matrix is estimated at ${formatDuration(generateMs)}, ` +
      (fits
        ? "within the 6-minute limit, though worth confirming in a real spreadsheet before promising it."
        : "over the 6-minute limit: the add-on refuses such a size up front, with its estimate.") +
      " Long operations keep a 4.5-minute deadline of their own (see [collaboration.md](collaboration.md)).",
  ];
}

function suggestSection(run: BenchRun): string[] {
  const calls = run.fixes.map((f) => f.fixCalls);
  return [
    "## Suggestions and fixes",
    "",
    `${suggestSentence(run.suggest)} Pure core code: no sheet, no emulator.`,
    "",
    "`fixFindings` and `undoFixes` on a generated matrix of each size (the workload gives about one row in fifty a " +
      "gap or a double ownership): one read, then one RangeList write per distinct code, under the document " +
      `lock, so ${Math.min(...calls)} to ${Math.max(...calls)} calls at every size.`,
    "",
    fixTable(run.fixes, true),
  ];
}

function portfolioSection(run: BenchRun): string[] {
  return [
    "## Every matrix together",
    "",
    `${portfolioSentence(run.portfolio)} Each matrix is read once, for reading only: its mark, one read of its ` +
      "cells and its settings, so each further matrix adds the same calls whatever its size.",
  ];
}

function kindsSection(run: BenchRun): string[] {
  return [
    "## Kinds of matrix",
    "",
    `${kindsSentence(run.kinds)} The same rows in each kind's codes (RASCI's S in place of a row's first C, ` +
      "DACI's D for R), the typed cell its doer's code in lower case. A kind changes the words and the formulas' " +
      "spellings, not the plan: DACI's one more highlighting rule (a second Driver) is one more range where the " +
      "rules are written, and `fixFindings` writes one RangeList per distinct code it sets.",
    "",
    kindsTable(run.kinds),
  ];
}

function formulaSection(run: BenchRun): string[] {
  const engine = run.formulaWork.filter((c) => c.engine !== undefined);
  const notRun = run.formulaWork.filter((c) => c.engine === undefined);
  const largest = run.formulaWork[run.formulaWork.length - 1];
  const readsLess = largest.reads.before.fullEvaluation / largest.reads.after.fullEvaluation;
  return [
    "## The sheet's own formula work",
    "",
    "What Sheets recomputes for every collaborator is the sheet's formulas and conditional formats, not the " +
      "add-on's calls. The bench loads each generated sheet into a plain HyperFormula, with every conditional " +
      "format expanded into one formula per cell it covers (as Sheets evaluates a custom formula for each cell), " +
      "twice: with the formulas of release 0.2.0 (`bench/formulas-0.2.ts`: every Status and every cell of the " +
      "three row-wide rules counting the row's codes) and with today's (one hidden check per row, read by Status " +
      "and by every rule). Cells read are worked out from the formulas at every size; HyperFormula's CPU time is " +
      `the least of three runs, measured on at most ${SLAB_ROWS} rows and scaled` +
      (notRun.length > 0
        ? `, and not run at ${notRun.map((c) => sizeLabel(c.size)).join(", ")} ` +
          "(`npm run bench -- --formula-work-all` runs it there, in several minutes)."
        : "."),
    "",
    formulaWorkTable(run.formulaWork),
    "",
    `At ${sizeLabel(largest.size)} a full evaluation of today's sheet reads ${times(readsLess)} fewer cells ` +
      "than 0.2.0's. Each highlighted cell reads one cell (its row's check, or for an invalid code the cell " +
      "itself) instead of scanning its row, and each row is counted once. Reading every alias costs one COUNTIF " +
      "per accepted spelling, so a single code edit can recount a little more than in 0.2.0; the times after one " +
      "edit are a few milliseconds and vary between runs by about as much as they differ." +
      (engine.length > 0
        ? " HyperFormula also pays a fixed cost per formula, whatever the formula reads, which no choice of " +
          "highlighting removes."
        : ""),
  ];
}

export function performanceDoc(run: BenchRun): string {
  const { machine } = run;
  return [
    "# Performance",
    "",
    `_Written by \`npm run bench\` on ${run.date} (Node ${machine.node}, ${machine.cpus} × ${machine.cpuModel}, ` +
      `${machine.memoryGb} GB; the bench took ${formatDuration(run.benchSeconds * 1000)} after the build). ` +
      "Do not edit it by hand: run the bench again. Full results go to `bench/results.json`._",
    "",
    "## What is measured",
    "",
    "The bench builds the add-on and runs the real bundle (`dist/Code.js`) on the Apps Script emulator, as the " +
      "tests do, at five matrix sizes (initiatives × roles). Beside it runs `bench/naive.ts`, a script that does " +
      "the same jobs one cell per call and builds an identical sheet.",
    "",
    "- **Calls** are Apps Script service calls counted by the emulator; in Apps Script each is a round trip to " +
      "Google's servers, so they, not the CPU, decide how long an operation takes there.",
    `- **Est. Apps Script** is an estimate at ${MS_PER_CALL} ms per call, after Google's ` +
      "[best-practices page](https://developers.google.com/apps-script/guides/support/best-practices) " +
      "(10,000 single-cell writes take about 70 s; batched, about 1 s). ⚠ marks an estimate over the limit: " +
      "30 s for `onEdit` (a simple trigger), 6 minutes for everything else.",
    "- **Node ms** is time on the emulator in Node, not in Apps Script, on a machine shared with other jobs; " +
      "it mostly measures the emulator evaluating the sheet's formulas.",
    "- The naive script runs for real from the smallest size up while the time budget allows " +
      "(`BENCH_BUDGET_S`, default 160 s); past that its figures are exact counts from its dry run, marked *.",
    "",
    ...callsSection(run),
    "",
    ...payloadSection(run),
    "",
    ...suggestSection(run),
    "",
    ...portfolioSection(run),
    "",
    ...kindsSection(run),
    "",
    ...formulaSection(run),
    "",
    "## Bundle sizes",
    "",
    "What `clasp push` uploads, and what the sidebar loads:",
    "",
    bundleTable(run.bundle, true),
    "",
  ].join("\n");
}
