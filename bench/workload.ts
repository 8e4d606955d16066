/**
 * The matrices the benchmark runs on: deterministic (a seeded generator, so every run measures the same
 * sheets), and shaped like real ones: one A per row (sometimes A/R), one or two R, a few C and I, and
 * initiatives grouped by area. About one row in fifty has a gap or double ownership, so the analysis and
 * the highlighting have something to find.
 */
import { parseCode } from "../src/core/codes";
import { validateSettings } from "../src/core/settings";
import type { CanonicalCode, MatrixSpec, RaciMatrix } from "../src/core/types";

export interface Size {
  initiatives: number;
  roles: number;
}

export const SIZES: readonly Size[] = [
  { initiatives: 10, roles: 4 },
  { initiatives: 100, roles: 8 },
  { initiatives: 1_000, roles: 12 },
  { initiatives: 5_000, roles: 20 },
  { initiatives: 20_000, roles: 50 },
];

export const sizeLabel = ({ initiatives, roles }: Size): string =>
  `${initiatives.toLocaleString("en-US")} × ${roles}`;

/** Role names: the owner pair first (so the default pair applies), then an executive team, then leads. */
const ROLE_NAMES = [
  "COO",
  "Chief of Staff",
  "CEO",
  "CFO",
  "CTO",
  "Head of Sales",
  "Head of Marketing",
  "Head of People",
  "Head of Product",
  "General Counsel",
  "Head of Customer Success",
  "Head of Data",
];

export function roleNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => ROLE_NAMES[i] ?? `Team lead ${i - ROLE_NAMES.length + 1}`);
}

const AREAS = ["Operations", "Strategy", "Finance", "Product", "People", "Sales", "Compliance", "Customers"];
const VERBS = ["Plan", "Run", "Review", "Launch", "Improve", "Report on", "Hire for", "Budget"];
const OBJECTS = [
  "the quarterly goals",
  "the pricing",
  "onboarding",
  "the roadmap",
  "vendor contracts",
  "hiring",
];

/** mulberry32: a small, fast, seeded generator; good enough to spread codes, and the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Row {
  name: string;
  area: string;
  /** One slot per role, "" where the role is not involved. */
  codes: (CanonicalCode | "")[];
}

/** The rows of a matrix of this size. */
export function makeRows({ initiatives, roles }: Size, seed = 2024): Row[] {
  const random = seeded(seed + initiatives * 31 + roles);
  const pick = (n: number) => Math.floor(random() * n);
  const rows: Row[] = [];
  let area = "";
  let left = 0;
  let group = 0;
  for (let i = 0; i < initiatives; i++) {
    if (left === 0) {
      group++;
      area = `${AREAS[group % AREAS.length]} ${Math.ceil(group / AREAS.length)}`;
      left = 5 + pick(26); // groups of 5 to 30 initiatives
    }
    left--;
    const codes: (CanonicalCode | "")[] = new Array<CanonicalCode | "">(roles).fill("");
    const free = () => {
      const open = codes.flatMap((code, at) => (code === "" ? [at] : []));
      return open.length ? open[pick(open.length)] : -1;
    };
    const put = (code: CanonicalCode) => {
      const at = free();
      if (at >= 0) codes[at] = code;
    };
    const flaw = random();
    if (flaw < 0.01) {
      put("R"); // a gap: nobody accountable
    } else if (flaw < 0.02) {
      put("A"); // double ownership
      put("A");
      put("R");
    } else if (random() < 0.15) {
      put("A/R");
      if (random() < 0.5) put("R");
    } else {
      put("A");
      put("R");
      if (random() < 0.4) put("R");
    }
    for (let c = pick(3); c > 0; c--) put("C");
    for (let n = pick(4); n > 0; n--) put("I");
    rows.push({
      name: `${VERBS[pick(VERBS.length)]} ${OBJECTS[pick(OBJECTS.length)]} #${i + 1}`,
      area,
      codes,
    });
  }
  return rows;
}

/** The spec generateMatrix receives. */
export function makeSpec(size: Size, title: string): MatrixSpec {
  const names = roleNames(size.roles);
  return {
    title,
    template: "blank",
    // The people row is a matter of one row; the bench measures the matrix itself, and its naive baseline
    // (bench/naive.ts) reads a sheet laid out without it.
    people: false,
    roles: names,
    initiatives: makeRows(size).map((row) => {
      const assignments: Record<string, string> = {};
      row.codes.forEach((code, i) => {
        if (code !== "") assignments[names[i]] = code;
      });
      return { name: row.name, area: row.area, assignments };
    }),
  };
}

/** The same matrix as the analysis sees it, laid out as generateMatrix lays it out (header on row 8). */
export function makeMatrix(size: Size): RaciMatrix {
  const names = roleNames(size.roles);
  const settings = validateSettings(undefined, names);
  if (!settings.ok) throw new Error("bench: default settings do not validate");
  const firstRoleColumn = 3;
  return {
    roles: names.map((name, i) => ({ name, column: firstRoleColumn + i })),
    initiatives: makeRows(size).map((row, i) => ({
      name: row.name,
      area: row.area,
      row: 9 + i,
      cells: row.codes.map((code) => parseCode(code)),
    })),
    settings: settings.value,
    nameColumn: 2,
  };
}

/** How a user would type a code: lower case, A/R as "ra", sometimes the whole word. */
export function alias(code: CanonicalCode | ""): string {
  switch (code) {
    case "":
      return "";
    case "A/R":
      return "ra";
    case "C":
      return "consulted";
    default:
      return code.toLowerCase();
  }
}
