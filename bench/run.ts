/**
 * `npm run bench`: what each operation of the add-on costs in service calls and time, how that grows with
 * the size of the matrix, and how it compares with a naive cell-by-cell script (bench/naive.ts).
 *
 * Everything runs on the Apps Script emulator with the built bundle (dist/Code.js), as the tests do. Calls
 * are the emulator's count of service calls (each one a round trip in Apps Script); "Node ms" is wall time
 * in Node on the emulator (not Apps Script time); "est. Apps Script" is calls × 7 ms (bench/estimate.ts).
 * Results go to the terminal, to bench/results.json and, when every size ran, to docs/performance.md (the
 * project's performance page, bench/performanceDoc.ts); `npm run bench -- --markdown` prints Markdown tables.
 *
 * The add-on runs at every size. The naive script then runs from the smallest size up, as long as its
 * projected time keeps the whole bench within BENCH_BUDGET_S seconds (default 160); at larger sizes its
 * figures come from its dry run (exact call counts, worked out without executing) and are marked computed.
 * BENCH_SIZES=n runs the first n sizes only.
 */
import { createHash } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createEmulator, loadBundle, type Bundle, type Emulator } from "../emulator";
import { a1 } from "../src/core/a1";
import { analyze } from "../src/core/analyze";
import type { MatrixSpec } from "../src/core/types";
import { bundleSizes } from "./bundle";
import { estimateMs, formatDuration, LIMIT_MS, MS_PER_CALL } from "./estimate";
import { compareFormulaWork, formulaWorkTable } from "./formulaWork";
import * as naive from "./naive";
import { OPS, pasteShape, type Measured, type OpKey, type SizeResult } from "./ops";
import { payloadOf } from "./payload";
import { performanceDoc } from "./performanceDoc";
import { fixTable, printTables, suggestSentence } from "./report";
import { fixCalls, timeSuggestions } from "./suggest";
import { kindCalls, kindsSentence, kindsTable } from "./kinds";
import { portfolioBench, portfolioSentence } from "./portfolio";
import { alias, makeMatrix, makeRows, makeSpec, SIZES, sizeLabel, type Size } from "./workload";
import { format, resolveConfig } from "prettier";

const ROOT = join(__dirname, "..");
const DIST = join(ROOT, "dist");
const CODE_PATH = join(DIST, "Code.js");
const RESULTS_PATH = join(__dirname, "results.json");
const DOC_PATH = join(ROOT, "docs", "performance.md");
const BUDGET_MS = Number(process.env.BENCH_BUDGET_S ?? 160) * 1_000;
/** Kept back from the add-on's share of the budget, so the naive script runs at least its small sizes. */
const NAIVE_RESERVE_MS = 10_000;
const RUN_SIZES = SIZES.slice(0, Number(process.env.BENCH_SIZES ?? SIZES.length));
const NEW_ROLE = "Bench role";
const HEADER_ROW = 8;
/** Sheets up to this many initiatives are compared cell by cell between the add-on and the naive script. */
const COMPARE_UP_TO = 100;

// ---------------------------------------------------------------------------------------------------------
// The same jobs, in the same order, for the add-on and the naive script

interface Edit {
  a1: string;
  values: string[][];
  cells: number;
  aliases: number;
}

/** The edits of the run: typed aliases, which onEdit rewrites in canonical form. */
function edits(size: Size): { warmUp: Edit; cell: Edit; paste: Edit } {
  const { rows, columns } = pasteShape(size);
  const middle = HEADER_ROW + 1 + Math.floor(size.initiatives / 2);
  const top =
    HEADER_ROW + 1 + Math.max(0, Math.min(Math.floor(size.initiatives / 2), size.initiatives - rows));
  const values = makeRows(size, 7)
    .slice(0, rows)
    .map((row) => row.codes.slice(0, columns).map(alias));
  return {
    // The first edit creates the change-log sheet; it is not measured, so the measured edits are steady ones.
    warmUp: { a1: a1(HEADER_ROW + 1, 3), values: [["i"]], cells: 1, aliases: 1 },
    cell: { a1: a1(middle, 4), values: [["ra"]], cells: 1, aliases: 1 },
    paste: {
      a1: `${a1(top, 3)}:${a1(top + rows - 1, 3 + columns - 1)}`,
      values,
      cells: rows * columns,
      aliases: values.flat().filter((value) => value !== "").length,
    },
  };
}

/** The spec of each size, made once (a 20,000-row spec takes a moment to build). */
const specs = new Map<Size, MatrixSpec>();
function specOf(size: Size): MatrixSpec {
  let spec = specs.get(size);
  if (!spec) {
    spec = makeSpec(size, `Bench ${size.initiatives}x${size.roles}`);
    specs.set(size, spec);
  }
  return spec;
}

/** One implementation of the jobs: the add-on's bundle, or the naive script. */
interface Jobs {
  generate(spec: unknown): string;
  refresh(sheetName: string): unknown;
  analyze(sheetName: string): unknown;
  addRole(sheetName: string, role: string): unknown;
  /** What editAsUser fires onEdit on. */
  trigger: Bundle;
}

interface Run {
  /** The jobs that ran (all of them, unless the time budget stopped some). */
  measured: Partial<Record<OpKey, Measured>>;
  counts: Record<string, number> | null;
  /** A hash of the generated sheet (values, formulas, formats, highlighting), for small sizes only. */
  fingerprint: string | null;
}

function measure(emulator: Emulator, job: () => unknown): Measured & { result: unknown } {
  emulator.calls.reset();
  const started = performance.now();
  const result = job();
  const ms = performance.now() - started;
  return { result, ms, calls: emulator.calls.total, byMethod: { ...emulator.calls.byMethod } };
}

function countsOf(result: unknown): Record<string, number> {
  if (typeof result === "object" && result !== null && "counts" in result) {
    const { counts } = result;
    if (typeof counts === "object" && counts !== null) return { ...(counts as Record<string, number>) };
  }
  throw new Error("bench: the analysis returned no counts");
}

/** What a user sees of the sheet, read through the emulator's uncounted inspection API. */
function fingerprint(emulator: Emulator, sheetName: string): string {
  const sheet = emulator.spreadsheet.getSheetByName(sheetName);
  if (!sheet) throw new Error(`bench: no sheet ${sheetName}`);
  const range = sheet.getDataRange();
  const seen = {
    values: range.getValues(),
    formulas: range.getFormulas(),
    backgrounds: range.getBackgrounds(),
    fontColors: range.getFontColors(),
    fontWeights: range.getFontWeights(),
    alignments: range.getHorizontalAlignments(),
    validations: range.getDataValidations().map((row) => row.map((rule) => rule !== null)),
    highlights: emulator.highlights(sheetName),
  };
  return createHash("sha256").update(JSON.stringify(seen)).digest("hex").slice(0, 16);
}

/** Whether to run a job, given the jobs measured so far at this size. */
type Allow = (op: OpKey, done: Partial<Record<OpKey, Measured>>) => boolean;

/**
 * The jobs, each measured on its own, in an order that keeps the emulator's formula re-evaluation (which
 * follows every rewrite of the Status formulas) out of the edits: generate, analyse, a warm-up edit, one
 * cell, a paste, add a role, refresh. A job is not run when `allow` says it would not fit in the time left.
 */
function runJobs(emulator: Emulator, jobs: Jobs, size: Size, allow: Allow): Run {
  const measured: Partial<Record<OpKey, Measured>> = {};
  const step = (op: OpKey, job: () => unknown): unknown => {
    if (!allow(op, measured)) return undefined;
    const { result, ...figures } = measure(emulator, job);
    measured[op] = figures;
    return result;
  };
  const spec = specOf(size);
  const generated = step("generate", () => jobs.generate(spec));
  if (generated === undefined) return { measured, counts: null, fingerprint: null };
  const name = String(generated);
  const print = size.initiatives <= COMPARE_UP_TO ? fingerprint(emulator, name) : null;
  const analysis = step("analyze", () => jobs.analyze(name));
  const { warmUp, cell, paste } = edits(size);
  if (allow("onEditCell", measured)) emulator.editAsUser(jobs.trigger, name, warmUp.a1, warmUp.values);
  step("onEditCell", () => emulator.editAsUser(jobs.trigger, name, cell.a1, cell.values));
  step("onEditPaste", () => emulator.editAsUser(jobs.trigger, name, paste.a1, paste.values));
  step("addRole", () => jobs.addRole(name, NEW_ROLE));
  step("refresh", () => jobs.refresh(name));
  return { measured, counts: analysis === undefined ? null : countsOf(analysis), fingerprint: print };
}

function sheetNameOf(result: unknown): string {
  if (typeof result === "object" && result !== null && "sheetName" in result) {
    const { sheetName } = result;
    if (typeof sheetName === "string") return sheetName;
  }
  throw new Error(`bench: generateMatrix returned ${JSON.stringify(result)}`);
}

function runAddon(size: Size, allow: Allow): Run {
  const emulator = createEmulator({ htmlRoot: DIST });
  const app = loadBundle(emulator, CODE_PATH);
  return runJobs(
    emulator,
    {
      generate: (spec) => sheetNameOf(app.generateMatrix(spec)),
      refresh: (name) => app.refreshMatrix(name),
      analyze: (name) => app.analyzeMatrix(name),
      addRole: (name, role) => app.addRole(name, role),
      trigger: app,
    },
    size,
    allow,
  );
}

function runNaive(size: Size): Run {
  const emulator = createEmulator({ htmlRoot: DIST });
  const services = emulator.globals as unknown as naive.Services;
  return runJobs(
    emulator,
    {
      generate: (spec) => naive.generate(services, spec),
      refresh: (name) => naive.refreshMatrix(services, name),
      analyze: (name) => naive.analyzeMatrix(services, name),
      addRole: (name, role) => naive.addRole(services, name, role),
      trigger: { onEdit: (e) => naive.onEdit(services, e as GoogleAppsScript.Events.SheetsOnEdit) },
    },
    size,
    () => true,
  );
}

/** The naive script's exact call counts at this size, worked out without running it. */
function naiveDryRun(size: Size): Record<OpKey, number> {
  const spec = specOf(size);
  const { calls: generate, shape } = naive.generateCalls(spec);
  const facts = naive.generatedFacts(spec);
  const { cell, paste } = edits(size);
  const after = naive.withRoleAdded(shape, facts, NEW_ROLE);
  return {
    generate: generate.total,
    analyze: naive.analyzeCalls(shape).total,
    refresh: naive.refreshCalls(after.shape, after.facts).total, // refresh runs last, after addRole
    addRole: naive.addRoleCalls(shape, after.shape, after.facts).total,
    onEditCell: naive.onEditCalls(shape, cell.cells, cell.aliases).total,
    onEditPaste: naive.onEditCalls(shape, paste.cells, paste.aliases).total,
  };
}

/** The core analysis alone, on a matrix built in memory: the median of 5 runs after one warm-up. */
function runCore(size: Size): SizeResult["core"] {
  const matrix = makeMatrix(size);
  let findings = analyze(matrix, { headerRow: HEADER_ROW }).findings.length;
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    findings = analyze(matrix, { headerRow: HEADER_ROW }).findings.length;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { ms: times[2], runs: times.length, findings };
}

// ---------------------------------------------------------------------------------------------------------

const progress = (text: string) => process.stderr.write(text);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Cells of the matrix (initiatives × roles), to scale one size's timings to the next. */
const cellsOf = (size: Size) => size.initiatives * size.roles;

async function main(): Promise<void> {
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  const bundle = await bundleSizes(DIST);
  const results: SizeResult[] = [];
  const prints = new Map<Size, string | null>();

  // The add-on at every size. A job whose time, scaled from the size before, would take the bench past its
  // budget (less a reserve for the naive script's small sizes) is not run, and the output says so.
  const addonDeadline = BUDGET_MS - NAIVE_RESERVE_MS;
  let previous: { size: Size; measured: Partial<Record<OpKey, Measured>> } | null = null;
  for (const size of RUN_SIZES) {
    progress(`add-on ${sizeLabel(size)}… `);
    const t = performance.now();
    const before = previous;
    // A job's Node time, scaled from the size before; capped at 1.5 × this size's analyzeMatrix, since the
    // heavy part of any job here is the emulator re-evaluating the sheet's formulas, which analyze measured.
    const projected = (op: OpKey, done: Partial<Record<OpKey, Measured>>) => {
      const ms = before?.measured[op]?.ms;
      if (before === null || ms === undefined) return 0;
      const scaled = 1.3 * ms * (cellsOf(size) / cellsOf(before.size));
      const analysis = done.analyze?.ms;
      return analysis === undefined ? scaled : Math.min(scaled, 1.5 * analysis);
    };
    const skipped: SizeResult["skipped"] = [];
    const run = runAddon(size, (op, done) => {
      const fits = elapsed() + projected(op, done) <= addonDeadline;
      if (!fits && !skipped.some((skip) => skip.op === op))
        skipped.push({ op, projectedMs: projected(op, done) });
      return fits;
    });
    const rssMb = Math.round(process.memoryUsage().rss / 1e6);
    const core = runCore(size);
    progress(
      `${seconds(performance.now() - t)} (rss ${rssMb} MB)${skipped.length ? `, not run: ${skipped.map((s) => s.op).join(", ")}` : ""}\n`,
    );
    previous = { size, measured: run.measured };
    prints.set(size, run.fingerprint);
    const naiveFigures = Object.fromEntries(
      OPS.map((op) => [op.key, { calls: 0, ms: null, source: "computed", dryRun: 0, dryRunMatches: null }]),
    ) as SizeResult["naive"];
    results.push({
      size,
      ours: run.measured,
      skipped,
      naive: naiveFigures,
      core,
      rssMb,
      findings: { ours: run.counts, naive: null },
      sameSheet: null,
      payload: payloadOf(specOf(size)),
    });
  }

  // The naive script, from the smallest size up, while its projected time fits in the budget.
  let msPerCall: number | null = null;
  for (const result of results) {
    const dry = naiveDryRun(result.size);
    const dryTotal = OPS.reduce((sum, op) => sum + dry[op.key], 0);
    const projected = msPerCall === null ? 0 : 1.5 * dryTotal * msPerCall;
    const execute = msPerCall === null || elapsed() + projected <= BUDGET_MS;
    for (const op of OPS)
      result.naive[op.key] = { ...result.naive[op.key], calls: dry[op.key], dryRun: dry[op.key] };
    if (!execute) {
      progress(
        `naive ${sizeLabel(result.size)}: computed (projected ${seconds(projected)}, over the budget)\n`,
      );
      continue;
    }
    progress(`naive ${sizeLabel(result.size)}… `);
    const t = performance.now();
    const run = runNaive(result.size);
    const ms = performance.now() - t;
    progress(`${seconds(ms)}\n`);
    msPerCall = ms / OPS.reduce((sum, op) => sum + (run.measured[op.key]?.calls ?? 0), 0);
    result.findings.naive = run.counts;
    const ours = prints.get(result.size) ?? null;
    result.sameSheet = ours === null || run.fingerprint === null ? null : ours === run.fingerprint;
    for (const op of OPS) {
      const m = run.measured[op.key];
      if (!m) continue;
      result.naive[op.key] = {
        calls: m.calls,
        ms: m.ms,
        source: "measured",
        dryRun: dry[op.key],
        dryRunMatches: dry[op.key] === m.calls,
      };
      if (dry[op.key] !== m.calls)
        console.warn(
          `WARNING: naive ${op.key} at ${sizeLabel(result.size)}: the dry run says ${dry[op.key]} calls, ` +
            `the emulator counted ${m.calls}: ${JSON.stringify(m.byMethod)}`,
        );
    }
  }

  const benchMs = elapsed();
  printTables(results, bundle, benchMs / 1000);
  const machine = {
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? "",
    memoryGb: Math.round(totalmem() / 1e9),
  };
  const generatedAt = new Date().toISOString();
  const json = {
    generatedAt,
    machine,
    method: {
      msPerCall: MS_PER_CALL,
      basis:
        "Google's best-practices page: 10,000 single-cell background calls take about 70 s, batched about 1 s " +
        "(https://developers.google.com/apps-script/guides/support/best-practices). Estimates, not measurements.",
      limitsMs: LIMIT_MS,
      budgetMs: BUDGET_MS,
      order: "generate, analyze, (unmeasured warm-up edit), onEdit 1 cell, onEdit paste, addRole, refresh",
    },
    benchSeconds: benchMs / 1000,
    bundle,
    sizes: results.map((result) => ({
      ...result,
      operations: OPS.map((op) => {
        const ours = result.ours[op.key] ?? null;
        const theirs = result.naive[op.key];
        return {
          op: op.key,
          label: op.label(result.size),
          limitMs: op.limitMs,
          ours: ours && { ...ours, estimatedMs: estimateMs(ours.calls) },
          naive: { ...theirs, estimatedMs: estimateMs(theirs.calls) },
          ratio: ours && theirs.calls / ours.calls,
        };
      }),
    })),
  };
  await writeFile(RESULTS_PATH, JSON.stringify(json, null, 2) + "\n");
  console.log(`\nWrote bench/results.json (${formatDuration(benchMs)} in all).`);
  const markdown = process.argv.includes("--markdown");
  // suggestAssignments on the largest size, in Node (pure core); fixFindings' calls at each size.
  const suggest = { size: SIZES[SIZES.length - 1], ...timeSuggestions(SIZES[SIZES.length - 1]) };
  console.log(`\n${suggestSentence(suggest)}\n`);
  const fixes = fixCalls(RUN_SIZES);
  console.log(fixTable(fixes, markdown));
  // getPortfolio over one spreadsheet grown to 20 matrices of 1,000 × 12 (bench/portfolio.ts).
  const portfolio = portfolioBench();
  console.log(`\n${portfolioSentence(portfolio)}`);
  // The same matrix as RACI, RASCI and DACI (bench/kinds.ts).
  const kinds = kindCalls();
  console.log(`\n${kindsSentence(kinds)}\n\n${kindsTable(kinds)}`);
  // The sheet's own formula work, which Sheets redoes for every collaborator (bench/formulaWork.ts).
  console.log("\nFormula work on HyperFormula (CPU time; conditional formats expanded per cell):\n");
  // Plain HyperFormula takes minutes past 1,000 × 12, so the larger sizes run only with --formula-work-all.
  const all = process.argv.includes("--formula-work-all");
  const formulaWork = RUN_SIZES.map((size) => compareFormulaWork(size, all || size.initiatives <= 1000));
  console.log(formulaWorkTable(formulaWork));
  // A quick run (BENCH_SIZES) never replaces the page: it is written only from a run of every size.
  if (RUN_SIZES.length < SIZES.length) {
    console.log("\ndocs/performance.md not written: BENCH_SIZES left out some sizes.");
    return;
  }
  const doc = performanceDoc({
    date: generatedAt.slice(0, 10),
    machine,
    benchSeconds: benchMs / 1000,
    results,
    bundle,
    suggest,
    fixes,
    portfolio,
    kinds,
    formulaWork,
  });
  // Formatted as `npm run lint` checks it, so the page is committed as written.
  await writeFile(DOC_PATH, await format(doc, { ...(await resolveConfig(DOC_PATH)), filepath: DOC_PATH }));
  console.log("\nWrote docs/performance.md.");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
