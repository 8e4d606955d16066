/**
 * The benchmark's tables: plain text in the terminal (Markdown with --markdown), and the same tables in
 * Markdown for docs/performance.md (bench/performanceDoc.ts).
 */
import type { FileSize } from "./bundle";
import { estimateMs, formatDuration, LIMIT_MS, MS_PER_CALL } from "./estimate";
import { MS_PER_CELL } from "./payload";
import { OPS, type Measured, type SizeResult } from "./ops";
import type { FixCalls } from "./suggest";
import { sizeLabel, type Size } from "./workload";

const number = (n: number) => Math.round(n).toLocaleString("en-US");

function ms(value: number | null): string {
  if (value === null) return "—";
  if (value < 10) return value.toFixed(2);
  if (value < 100) return value.toFixed(1);
  return number(value);
}

function ratio(value: number): string {
  if (value < 10) return `${value.toFixed(1)}×`;
  return `${number(value)}×`;
}

/** A duration, flagged when it is over the operation's Apps Script limit. */
function flagged(ms: number, limitMs: number): string {
  return ms > limitMs ? `${formatDuration(ms)} ⚠` : formatDuration(ms);
}

const estimate = (calls: number, limitMs: number) => flagged(estimateMs(calls), limitMs);

type Align = "left" | "right";

function table(header: string[], align: Align[], rows: string[][], markdown: boolean): string {
  if (markdown) {
    const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
    const rule = align.map((a) => (a === "right" ? "---:" : "---"));
    return [line(header), line(rule), ...rows.map(line)].join("\n");
  }
  const widths = header.map((h, i) => Math.max([...h].length, ...rows.map((row) => [...row[i]].length)));
  const pad = (cell: string, i: number) => {
    const gap = " ".repeat(widths[i] - [...cell].length);
    return align[i] === "right" ? gap + cell : cell + gap;
  };
  const line = (cells: string[]) => cells.map(pad).join("  ").trimEnd();
  return [line(header), widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

export function mainTable(results: SizeResult[], markdown: boolean): string {
  const header = [
    "Matrix",
    "Operation",
    "Calls",
    "Est. Apps Script",
    "Node ms",
    "Naive calls",
    "Naive est.",
    "Naive Node ms",
    "Naive ÷ add-on",
  ];
  const align: Align[] = ["left", "left", "right", "right", "right", "right", "right", "right", "right"];
  const rows: string[][] = [];
  for (const result of results) {
    OPS.forEach((op, i) => {
      const ours = result.ours[op.key];
      const theirs = result.naive[op.key];
      const naive = [
        number(theirs.calls) + (theirs.source === "computed" ? " *" : ""),
        estimate(theirs.calls, op.limitMs),
        ms(theirs.ms),
      ];
      const label = i === 0 ? sizeLabel(result.size) : "";
      if (ours === undefined) rows.push([label, op.label(result.size), "not run †", "", "", ...naive, "—"]);
      else
        rows.push([
          label,
          op.label(result.size),
          number(ours.calls),
          estimate(ours.calls, op.limitMs),
          ms(ours.ms),
          ...naive,
          ratio(theirs.calls / ours.calls),
        ]);
    });
    rows.push(["", "analyze() core alone", "0", "—", ms(result.core.ms), "", "", "", ""]);
  }
  return table(header, align, rows, markdown);
}

/** Whether each operation's call count is the same at every size, and if not, which methods differ. */
export function constancy(results: SizeResult[]): string[] {
  return OPS.map((op) => {
    const name = op.label(results[0].size).replace(/, paste .*/, ", paste");
    const measured = results.flatMap((result) => {
      const figures = result.ours[op.key];
      return figures ? [{ size: result.size, figures }] : [];
    });
    const missing = results.filter((result) => !result.ours[op.key]).map((result) => sizeLabel(result.size));
    const notRun = missing.length ? `; not run at ${missing.join(", ")}` : "";
    if (measured.length === 0) return `${name}: not run`;
    const counts = measured.map((m) => m.figures.calls);
    if (counts.every((count) => count === counts[0]))
      return `${name}: ${counts[0]} calls at every size${notRun ? ` measured${notRun}` : ""}`;
    const first = measured[0].figures;
    const changes = measured.slice(1).flatMap(({ size, figures }) => {
      const diff = methodDiff(first, figures);
      return diff ? [`${sizeLabel(size)}: ${diff}`] : [];
    });
    return `${name}: ${counts.join(" / ")} calls (${changes.join("; ")})${notRun}`;
  });
}

function methodDiff(a: Measured, b: Measured): string {
  const methods = new Set([...Object.keys(a.byMethod), ...Object.keys(b.byMethod)]);
  const parts: string[] = [];
  for (const method of [...methods].sort()) {
    const delta = (b.byMethod[method] ?? 0) - (a.byMethod[method] ?? 0);
    if (delta !== 0) parts.push(`${delta > 0 ? "+" : ""}${delta} ${method}`);
  }
  return parts.join(", ");
}

/** The cells the add-on's batched calls carry, and what that might cost at Google's batched rate. */
export function payloadTable(results: SizeResult[], markdown: boolean): string {
  const cells = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} M` : `${(n / 1e3).toFixed(1)} k`);
  const cost = (n: number) => flagged(n * MS_PER_CELL, LIMIT_MS.execution);
  return table(
    [
      "Matrix",
      "generateMatrix cells written",
      `at ${MS_PER_CELL} ms/cell`,
      "refreshMatrix cells written",
      `at ${MS_PER_CELL} ms/cell`,
    ],
    ["left", "right", "right", "right", "right"],
    results.map((r) => [
      sizeLabel(r.size),
      cells(r.payload.generate),
      cost(r.payload.generate),
      cells(r.payload.refresh),
      cost(r.payload.refresh),
    ]),
    markdown,
  );
}

export function bundleTable(files: FileSize[], markdown: boolean): string {
  const kb = (n: number | null) => (n === null ? "—" : `${(n / 1024).toFixed(1)} KB`);
  return table(
    ["File", "Raw", "Minified", "Gzipped", "Minified + gzipped"],
    ["left", "right", "right", "right", "right"],
    files.map((f) => [f.file, kb(f.raw), kb(f.minified), kb(f.gzip), kb(f.minifiedGzip)]),
    markdown,
  );
}

export function naiveNotes(results: SizeResult[]): string[] {
  const computed = results.filter((r) => OPS.some((op) => r.naive[op.key].source === "computed"));
  const checked = results
    .flatMap((r) => OPS.map((op) => r.naive[op.key].dryRunMatches))
    .filter((m) => m !== null);
  const labels = (list: SizeResult[]) => list.map((r) => sizeLabel(r.size)).join(", ");
  const notes = [
    `Calls: service calls counted by the emulator. Est. Apps Script: calls × ${MS_PER_CALL} ms, an estimate ` +
      "(Google's best-practices page: 10,000 single-cell calls ≈ 70 s); ⚠ = over the limit: 30 s for onEdit " +
      "(simple trigger), 6 min for the rest. Node ms: wall time on the emulator in Node, not Apps Script time. " +
      "Naive ÷ add-on: the ratio of calls, and so of estimated Apps Script time. The onEdit figures follow one " +
      "unmeasured edit, which creates the change-log sheet.",
  ];
  if (computed.length > 0)
    notes.push(
      `* computed, not executed (${labels(computed)}): the naive script's exact call count from its dry run ` +
        "(bench/naive.ts), where executing it would take too long; Node ms is then not measured.",
    );
  const skipped = results.flatMap((r) =>
    r.skipped.map((s) => `${s.op} at ${sizeLabel(r.size)} (~${formatDuration(s.projectedMs)})`),
  );
  if (skipped.length > 0)
    notes.push(
      `† not run: its Node time on the emulator, projected from the size before, would take the bench past its ` +
        `time budget (BENCH_BUDGET_S): ${skipped.join(", ")}. The emulator's formula evaluation dominates there.`,
    );
  notes.push(
    `The naive dry run equals the emulator's count in ${checked.filter(Boolean).length} of ${checked.length} ` +
      "executed cases.",
  );
  const executed = results.filter((r) => r.findings.naive !== null);
  const agree = executed.filter(
    (r) => r.findings.ours !== null && JSON.stringify(r.findings.naive) === JSON.stringify(r.findings.ours),
  );
  notes.push(
    `The naive analysis finds the same as analyzeMatrix in ${agree.length} of ${executed.length} executed sizes.`,
  );
  const compared = results.filter((r) => r.sameSheet !== null);
  if (compared.length > 0)
    notes.push(
      `The generated sheets (values, formulas, formats, validation, highlighting) are ` +
        `${compared.every((r) => r.sameSheet) ? "identical" : "NOT identical"} at ${labels(compared)}.`,
    );
  return notes;
}

/** suggestAssignments' time on the largest workload, in one sentence. */
export function suggestSentence(suggest: { size: Size; ms: number; cpuMs: number; owners: number }): string {
  return (
    `suggestAssignments, ${sizeLabel(suggest.size)} in Node: ${suggest.ms.toFixed(0)} ms wall, ` +
    `${suggest.cpuMs.toFixed(0)} ms CPU (best of 3; ${number(suggest.owners)} initiatives given an owner; ` +
    "target under 1,000 ms)."
  );
}

/** fixFindings and undoFixes: service calls at each size, and the cells the fix changed. */
export function fixTable(fixes: FixCalls[], markdown: boolean): string {
  return table(
    ["Matrix", "fixFindings calls", "Cells changed", "undoFixes calls", "Fix Node ms"],
    ["left", "right", "right", "right", "right"],
    fixes.map((f) => [
      sizeLabel(f.size),
      number(f.fixCalls),
      number(f.changes),
      number(f.undoCalls),
      ms(f.ms),
    ]),
    markdown,
  );
}

export function printTables(results: SizeResult[], files: FileSize[], benchSeconds: number): void {
  const markdown = process.argv.includes("--markdown");
  console.log(mainTable(results, markdown));
  console.log("");
  for (const note of naiveNotes(results)) console.log(note);
  console.log("\nAdd-on calls per operation, across sizes:");
  for (const line of constancy(results)) console.log(`  ${line}`);
  const core = results[results.length - 1];
  console.log(
    `\nCore analysis of ${sizeLabel(core.size)} in memory: ${ms(core.core.ms)} ms ` +
      `(median of ${core.core.runs}; ${number(core.core.findings)} findings).`,
  );
  console.log(
    "\nPayload: one batched call is one round trip but carries many cells. Cell attributes written (values, " +
      `formats, validation) and their cost at ~${MS_PER_CELL} ms each (Google's batched example: 10,000 cells ≈ 1 s):`,
  );
  console.log(payloadTable(results, markdown));
  console.log("");
  console.log(bundleTable(files, markdown));
  console.log(`\nBench: ${benchSeconds.toFixed(1)} s in Node, after the build.`);
}
