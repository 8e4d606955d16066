/**
 * `npm run accuracy`: how often the owner suggestions agree with the labelled set (tests/data/owners.*.json)
 * on the owner pair's split: which of the COO and the Chief of Staff owns or does the work (holds R, A or A/R),
 * or neither. Prints one confusion table per part; tests/core/suggest/accuracy.test.ts asserts the figures.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { suggestAssignments } from "../src/core/suggest/index";

export const LABELS = ["COO", "Chief of Staff", "none"] as const;
export type Label = (typeof LABELS)[number];
type Predicted = Label | "both";

export interface LabelledItem {
  name: string;
  area: string;
  label: Label;
  reason: string;
}

export interface Measure {
  items: number;
  agreed: number;
  accuracy: number;
  /** label → predicted → count */
  confusion: Record<Label, Record<Predicted, number>>;
  misses: { item: LabelledItem; predicted: Predicted; owner: string | null; reasons: string[] }[];
  /** "none" items that were given an owner anyway. */
  guessed: LabelledItem[];
}

export function loadSet(part: "tuning" | "heldout"): LabelledItem[] {
  const path = join(__dirname, `../tests/data/owners.${part}.json`);
  return JSON.parse(readFileSync(path, "utf8")) as LabelledItem[];
}

const OWNS = new Set(["R", "A", "A/R"]);

/** Measured with the COO vs Chief of Staff template's roles and built-in charters. */
export function measure(items: readonly LabelledItem[]): Measure {
  const { initiatives } = suggestAssignments({
    template: "blank",
    initiatives: items.map(({ name, area }) => ({ name, area })),
  });
  const confusion = Object.fromEntries(
    LABELS.map((l) => [l, { COO: 0, "Chief of Staff": 0, none: 0, both: 0 }]),
  ) as Measure["confusion"];
  const misses: Measure["misses"] = [];
  const guessed: LabelledItem[] = [];
  items.forEach((item, i) => {
    const row = initiatives[i].assignments;
    const coo = OWNS.has(row["COO"] ?? "");
    const cos = OWNS.has(row["Chief of Staff"] ?? "");
    const predicted: Predicted = coo && cos ? "both" : coo ? "COO" : cos ? "Chief of Staff" : "none";
    confusion[item.label][predicted]++;
    if (predicted !== item.label)
      misses.push({ item, predicted, owner: initiatives[i].owner, reasons: initiatives[i].reasons });
    if (item.label === "none" && initiatives[i].owner !== null) guessed.push(item);
  });
  const agreed = items.length - misses.length;
  return { items: items.length, agreed, accuracy: agreed / items.length, confusion, misses, guessed };
}

/** A Markdown confusion table: rows are the labels, columns what the suggestion gave. */
export function confusionTable(m: Measure): string {
  const columns: Predicted[] = ["COO", "Chief of Staff", "none", "both"];
  const lines = [
    `| label ↓ / suggested → | ${columns.join(" | ")} |`,
    `|---|${columns.map(() => "---:").join("|")}|`,
    ...LABELS.map((l) => `| ${l} | ${columns.map((c) => m.confusion[l][c]).join(" | ")} |`),
  ];
  return lines.join("\n");
}

export function summary(part: string, m: Measure): string {
  const pct = (100 * m.accuracy).toFixed(1);
  return `${part}: ${m.agreed}/${m.items} agree (${pct}%)\n\n${confusionTable(m)}\n`;
}

if (require.main === module) {
  for (const part of ["tuning", "heldout"] as const) {
    const m = measure(loadSet(part));
    console.log(summary(part === "tuning" ? "Tuning set" : "Held-out set", m));
    if (process.argv.includes("--misses"))
      for (const miss of m.misses)
        console.log(
          `  ✗ ${miss.item.name} [${miss.item.label} → ${miss.predicted}] ${miss.reasons.join(" / ")}`,
        );
  }
}
