/**
 * The suggestion engine and the fixes, for `npm run bench`: suggestAssignments on 20,000 initiatives × 50 roles
 * in Node (pure core, no emulator; target under 1 s), the share of gaps fixFindings leaves on a 1,000-gap matrix
 * of varied initiatives (target at most 15%), and fixFindings' service calls at each size on the emulator with
 * the built bundle (target: the same count at every size). Run alone with `tsx bench/suggest.ts`.
 */
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createEmulator, loadBundle } from "../emulator";
import { loadSet, type LabelledItem } from "../scripts/accuracy";
import { parseCode } from "../src/core/codes";
import { planFixes } from "../src/core/fix/index";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { suggestAssignments } from "../src/core/suggest/index";
import type { RaciMatrix } from "../src/core/types";
import { makeSpec, roleNames, SIZES, sizeLabel, type Size } from "./workload";

const CODE_PATH = join(__dirname, "../dist/Code.js");

const SUGGEST_SIZE: Size = { initiatives: 20_000, roles: 50 };

/**
 * Initiative names as planning sheets write them: the labelled corpus's tuning half (tests/data), code names
 * and placeholders included, so the engine meets abbreviations, typos and unknown words as it would for real.
 */
const PHRASES = loadSet("tuning");

/** The template's roles, as the owner pair's fixes are measured with. */
const TEMPLATE_ROLES = ["CEO", "COO", "Chief of Staff", "Department heads"];

/**
 * fixFindings on a matrix of `count` gaps (no A; department heads R), each row one of `items` in turn: the share
 * of the gaps it leaves (no owner suggested: the text gives no clue). Pure core: the plan fixFindings writes.
 */
export function gapsLeft(
  items: readonly LabelledItem[],
  count = 1_000,
): { gaps: number; left: number; share: number } {
  const matrix: RaciMatrix = {
    roles: TEMPLATE_ROLES.map((name, j) => ({ name, column: 3 + j })),
    initiatives: Array.from({ length: count }, (_, i) => {
      const item = items[i % items.length];
      return {
        name: `${item.name} #${i + 1}`,
        area: item.area,
        row: 2 + i,
        cells: TEMPLATE_ROLES.map((role) => parseCode(role === "Department heads" ? "R" : "")),
      };
    }),
    settings: { ...DEFAULT_SETTINGS, ownerPair: ["COO", "Chief of Staff"] },
    nameColumn: 2,
  };
  const fixed = new Set(
    planFixes(matrix)
      .changes.filter((c) => c.rule === "NO_ACCOUNTABLE")
      .map((c) => c.row),
  );
  const left = count - fixed.size;
  return { gaps: count, left, share: left / count };
}

/**
 * Best of `runs`: wall time, and the process's CPU time over the same run (less sensitive to other work on a
 * shared machine, which stretches wall time).
 */
export function timeSuggestions(
  size: Size = SUGGEST_SIZE,
  runs = 3,
): { ms: number; cpuMs: number; owners: number } {
  const roles = roleNames(size.roles);
  const spec = {
    template: "blank" as const,
    roles,
    initiatives: Array.from({ length: size.initiatives }, (_, i) => ({
      name: `${PHRASES[i % PHRASES.length].name} ${i + 1}`,
      area: PHRASES[i % PHRASES.length].area,
    })),
  };
  let best = Infinity;
  let cpuMs = Infinity;
  let owners = 0;
  for (let run = 0; run < runs; run++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    const result = suggestAssignments(spec);
    best = Math.min(best, performance.now() - started);
    const used = process.cpuUsage(cpu);
    cpuMs = Math.min(cpuMs, (used.user + used.system) / 1000);
    owners = result.initiatives.filter((s) => s.owner !== null).length;
  }
  return { ms: best, cpuMs, owners };
}

export interface FixCalls {
  size: Size;
  changes: number;
  fixCalls: number;
  undoCalls: number;
  ms: number;
}

/** fixFindings and undoFixes on a generated matrix of each size (the bench's workload: 1% gaps, 1% double A). */
export function fixCalls(sizes: readonly Size[]): FixCalls[] {
  return sizes.map((size) => {
    const emulator = createEmulator({ htmlRoot: join(__dirname, "../dist") });
    const app = loadBundle(emulator, CODE_PATH);
    const { sheetName } = app.generateMatrix(makeSpec(size, "Fix bench")) as { sheetName: string };
    emulator.calls.reset();
    const started = performance.now();
    const result = app.fixFindings(sheetName) as { changes: unknown[] };
    const ms = performance.now() - started;
    const fix = emulator.calls.total;
    emulator.calls.reset();
    app.undoFixes(sheetName);
    return { size, changes: result.changes.length, fixCalls: fix, undoCalls: emulator.calls.total, ms };
  });
}

export function printSuggestBench(sizes: readonly Size[], markdown: boolean): void {
  const suggest = timeSuggestions();
  const line = markdown
    ? (cells: string[]) => `| ${cells.join(" | ")} |`
    : (cells: string[]) => cells.join("  ");
  console.log(
    `\nsuggestAssignments, ${sizeLabel(SUGGEST_SIZE)} in Node: ${suggest.ms.toFixed(0)} ms wall, ` +
      `${suggest.cpuMs.toFixed(0)} ms CPU ` +
      `(best of 3; ${suggest.owners.toLocaleString("en-US")} initiatives given an owner; target < 1,000 ms)\n`,
  );
  const owned = gapsLeft(PHRASES.filter((item) => item.label !== "neither"));
  const all = gapsLeft(PHRASES);
  console.log(
    `fixFindings on 1,000 gaps of varied initiatives leaves ${(100 * owned.share).toFixed(1)}% of them ` +
      `(initiatives labelled with an owner; ${(100 * all.share).toFixed(1)}% with the code names and ` +
      `placeholders too, which must stay gaps; target ≤ 15%)\n`,
  );
  console.log(line(["Matrix", "fixFindings calls", "changes", "undoFixes calls", "fix Node ms"]));
  if (markdown) console.log("|---|---:|---:|---:|---:|");
  for (const r of fixCalls(sizes))
    console.log(
      line([sizeLabel(r.size), String(r.fixCalls), String(r.changes), String(r.undoCalls), r.ms.toFixed(0)]),
    );
}

if (require.main === module) {
  const count = Number(process.env.BENCH_SIZES ?? SIZES.length);
  printSuggestBench(SIZES.slice(0, count), process.argv.includes("--markdown"));
}
