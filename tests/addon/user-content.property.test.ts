/**
 * The users' own content, at random: notes, fills, font colours, validation, merged cells, highlighting
 * rules and protections around and between matrices (right of them, far below them, in rows inserted above
 * the title or between the summary and the header, on another matrix's sheet) and a look-alike table; then
 * random sequences of every public operation. After each one, every user cell, rule, validation and
 * protection is as it was (values, notes, formats; wherever whole-row or whole-column operations moved it),
 * or the operation was refused with a readable message and changed nothing at all.
 */
import fc from "fast-check";
import { loadAddon, type Addon } from "../helpers/addon";
import { describedMatrix } from "../helpers/fixtures";
import {
  addLookAlike,
  addUserProtection,
  addUserRule,
  fingerprint,
  LOOK_ALIKE,
  sheetOf,
  workbook,
  writeUserCells,
  type UserCell,
} from "./user-content";
import { readGrid } from "./structure-oracle";

const M = "M";
const N = "N";
const SPARE_ROWS = 20;
const ROLE_POOL = ["CEO", "COO", "Chief of Staff", "CFO", "Legal"];
const CODES = ["R", "A", "A/R", "C", "I", "", "ra", "r", "x"];

interface Decor {
  note?: string;
  background?: string;
  fontColor?: string;
  validation?: boolean;
}

const decorArb: fc.Arbitrary<Decor> = fc.record(
  {
    note: fc.constantFrom("ask Sam", "=not a formula", "budget: 3k"),
    background: fc.constantFrom("#ffff00", "#d9ead3", "#f4cccc"),
    fontColor: fc.constantFrom("#cc0000", "#0000ff"),
    validation: fc.constant(true),
  },
  { requiredKeys: [] },
);

type Placement =
  | { zone: "right"; row: number; column: number; decor: Decor; rule: boolean; protect: boolean }
  | { zone: "below"; row: number; column: number; decor: Decor; merge: boolean; rule: boolean }
  | { zone: "above" | "between"; column: number; decor: Decor };

const placementArb: fc.Arbitrary<Placement> = fc.oneof(
  fc.record({
    zone: fc.constant("right" as const),
    row: fc.integer({ min: 1, max: 40 }),
    column: fc.integer({ min: 1, max: 3 }),
    decor: decorArb,
    rule: fc.boolean(),
    protect: fc.boolean(),
  }),
  fc.record({
    zone: fc.constant("below" as const),
    row: fc.integer({ min: 0, max: 12 }),
    column: fc.integer({ min: 1, max: 9 }),
    decor: decorArb,
    merge: fc.boolean(),
    rule: fc.boolean(),
  }),
  fc.record({
    zone: fc.constantFrom("above" as const, "between" as const),
    column: fc.integer({ min: 1, max: 6 }),
    decor: decorArb,
  }),
);

type Op =
  | {
      op:
        | "refresh"
        | "addInitiative"
        | "refreshLookAlike"
        | "generate"
        | "typeNew"
        | "typeBelow"
        | "typeSummary";
    }
  | { op: "settings"; max: number }
  | { op: "addRole" | "renameRole"; everywhere: boolean; index: number }
  | { op: "removeRole" | "removeInitiative" | "typeStatus"; index: number }
  | { op: "moveInitiative"; index: number; up: boolean }
  | { op: "type" | "paste"; index: number; role: number; code: string };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constantFrom(
      "refresh" as const,
      "addInitiative" as const,
      "refreshLookAlike" as const,
      "generate" as const,
      "typeNew" as const,
      "typeBelow" as const,
      "typeSummary" as const,
    ),
  }),
  fc.record({ op: fc.constant("settings" as const), max: fc.integer({ min: 1, max: 4 }) }),
  fc.record({
    op: fc.constantFrom("addRole" as const, "renameRole" as const),
    everywhere: fc.boolean(),
    index: fc.nat(9),
  }),
  fc.record({
    op: fc.constantFrom("removeRole" as const, "removeInitiative" as const, "typeStatus" as const),
    index: fc.nat(9),
  }),
  fc.record({ op: fc.constant("moveInitiative" as const), index: fc.nat(9), up: fc.boolean() }),
  fc.record({
    op: fc.constantFrom("type" as const, "paste" as const),
    index: fc.nat(9),
    role: fc.nat(9),
    code: fc.constantFrom(...CODES),
  }),
);

const specArb = fc.record({
  roles: fc.shuffledSubarray(ROLE_POOL, { minLength: 2, maxLength: 4 }),
  initiatives: fc.integer({ min: 1, max: 5 }),
  codes: fc.array(fc.constantFrom("R", "A", "C", "I", ""), { minLength: 20, maxLength: 20 }),
});

function setUp(
  spec: { roles: string[]; initiatives: number; codes: string[] },
  placements: Placement[],
): Addon {
  const addon = loadAddon({ user: "a@x.com" });
  const initiatives = Array.from({ length: spec.initiatives }, (_, i) => ({
    name: `Initiative ${i + 1}`,
    area: i % 2 ? "Ops" : "Growth",
    assignments: Object.fromEntries(spec.roles.map((role, r) => [role, spec.codes[(i * 4 + r) % 20]])),
  }));
  addon.generate({ template: "blank", title: M, roles: spec.roles, initiatives });
  addon.generate({ template: "blank", title: N, roles: ["COO", "CFO"], initiatives: [{ name: "Other" }] });
  addLookAlike(addon);
  const status = 3 + spec.roles.length;
  const end = 8 + spec.initiatives + SPARE_ROWS;
  const sheet = sheetOf(addon, M);
  const cells: UserCell[] = [];
  let tag = 0;
  const next = () => `u${++tag}`;
  const above = placements.filter((p) => p.zone === "above");
  const between = placements.filter((p) => p.zone === "between");
  // Rows inserted by users first: between the summary and the header, and above the title.
  if (between.length) sheet.insertRowBefore(8);
  if (above.length) sheet.insertRowsBefore(1, 1);
  const shift = (between.length ? 1 : 0) + (above.length ? 1 : 0);
  const rules: [string, string][] = [];
  const protections: string[] = [];
  const seen = new Set<string>();
  for (const p of placements) {
    let row: number;
    let column: number;
    if (p.zone === "above") [row, column] = [1, p.column];
    else if (p.zone === "between") [row, column] = [8 + (above.length ? 1 : 0), p.column];
    // Right of the matrix: past Status, its agreement columns (Decision, Decided on, Agreed by, Notes) and
    // the hidden check.
    else if (p.zone === "right") [row, column] = [p.row + shift, status + 4 + 1 + p.column];
    else if (p.zone === "below") [row, column] = [end + shift + 25 + p.row * 2, p.column];
    else continue;
    const key = `${row}:${column}`;
    if (seen.has(key) || seen.has(`${row}:${column - 1}`)) continue;
    seen.add(key);
    const merge =
      p.zone === "below" && p.merge && !seen.has(`${row}:${column + 1}`)
        ? { rows: 1, columns: 2 }
        : undefined;
    if (merge) seen.add(`${row}:${column + 1}`);
    cells.push({ tag: next(), row, column, ...p.decor, ...(merge ? { merge } : {}) });
    if ((p.zone === "right" || p.zone === "below") && p.rule) rules.push([`${row}:${column}`, `r${tag}`]);
    if (p.zone === "right" && p.protect) protections.push(`${row}:${column}`);
  }
  writeUserCells(addon, M, cells);
  const a1 = (key: string) => {
    const [r, c] = key.split(":").map(Number);
    return `R${r}C${c}`;
  };
  for (const [key, text] of rules) addUserRule(addon, M, toA1(a1(key)), text, "#ff9900");
  for (const key of protections) addUserProtection(addon, M, toA1(a1(key)), `kept by Dana ${key}`);
  writeUserCells(addon, N, [{ tag: "u900", row: 2, column: 8, note: "between matrices" }]);
  addUserRule(addon, N, "H2", "x", "#00ffff");
  return addon;
}

function toA1(rc: string): string {
  const [, r, c] = /R(\d+)C(\d+)/.exec(rc) ?? [];
  let n = Number(c);
  let letters = "";
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${r}`;
}

let counter = 0;

/** Runs one operation as a user would; returns what it typed far below (must stay as typed), if anything. */
function run(addon: Addon, op: Op): { cell: string; value: string } | null {
  const grid = readGrid(addon, M); // the header: roles and their columns
  const roles = grid.roles;
  // The initiatives as the add-on sees them (the oracle would also count a user's cell far below).
  const rows = describedMatrix(addon, M).initiatives;
  const pick = <T>(list: T[], i: number): T | undefined => (list.length ? list[i % list.length] : undefined);
  counter++;
  switch (op.op) {
    case "refresh":
      addon.refresh(M);
      return null;
    case "generate":
      addon.generate({ title: "Extra" });
      return null;
    case "refreshLookAlike":
      addon.refresh(LOOK_ALIKE);
      return null;
    case "settings":
      addon.app.saveMatrixSettings(M, { maxResponsible: op.max });
      return null;
    case "addRole":
      addon.app.addRole(M, `Role ${counter}`);
      return null;
    case "renameRole":
      addon.app.renameRole(M, pick(roles, op.index)?.name ?? "CEO", `Renamed ${counter}`, op.everywhere);
      return null;
    case "removeRole":
      addon.app.removeRole(M, pick(roles, op.index)?.name ?? "CEO");
      return null;
    case "addInitiative":
      addon.app.addInitiative(M, `Added ${counter}`, "Ops");
      return null;
    case "removeInitiative": {
      const row = pick(rows, op.index);
      addon.app.removeInitiative(M, row?.name ?? "none", row?.row);
      return null;
    }
    case "moveInitiative": {
      const row = pick(rows, op.index);
      addon.app.moveInitiative(M, row?.name ?? "none", op.up ? "up" : "down", row?.row);
      return null;
    }
    case "type":
    case "paste": {
      const row = pick(rows, op.index);
      const role = pick(roles, op.role);
      if (!row || !role) return null;
      const cell = toA1(`R${row.row}C${role.column}`);
      if (op.op === "type") addon.edit(M, cell, op.code);
      else
        addon.edit(M, `${cell}:${toA1(`R${row.row}C${grid.statusColumn}`)}`, [
          Array.from({ length: grid.statusColumn - role.column + 1 }, () => op.code),
        ]);
      return null;
    }
    case "typeStatus": {
      const row = pick(rows, op.index);
      if (row) addon.edit(M, toA1(`R${row.row}C${grid.statusColumn}`), "Done, agreed");
      return null;
    }
    case "typeSummary": {
      // Someone overwrites a summary count: onEdit writes the formula back, and nothing else.
      const values = sheetOf(addon, M).getDataRange().getValues();
      const row = values.findIndex((cells) => cells.includes("R · Responsible: does the work"));
      if (row >= 0) addon.edit(M, toA1(`R${row + 1}C${grid.nameColumn + 1}`), "7");
      return null;
    }
    case "typeNew": {
      const last = rows.length ? rows[rows.length - 1].row : grid.headerRow;
      addon.edit(M, toA1(`R${last + 1}C${grid.nameColumn}`), `Typed ${counter}`);
      return null;
    }
    case "typeBelow": {
      const last = rows.length ? rows[rows.length - 1].row : grid.headerRow;
      const cell = toA1(`R${last + SPARE_ROWS + 12}C${grid.nameColumn + 1}`);
      const sheet = sheetOf(addon, M);
      if (sheet.getMaxRows() < last + SPARE_ROWS + 12) return null;
      if (sheet.getRange(cell).getValue() !== "") return null; // a user cell: leave it be
      addon.edit(M, cell, "ra");
      // Far below the matrix: the user's own cell, neither canonicalised nor logged.
      return { cell, value: String(sheet.getRange(cell).getValue()) };
    }
  }
}

const lookAlike = (addon: Addon) =>
  JSON.stringify(addon.emulator.toJSON().sheets.find((s) => s.name === LOOK_ALIKE));

describe("users' own content survives every operation", () => {
  it("random layouts and random sequences of operations", () => {
    fc.assert(
      fc.property(
        specArb,
        fc.array(placementArb, { minLength: 2, maxLength: 10 }),
        fc.array(opArb, { minLength: 1, maxLength: 6 }),
        (spec, placements, ops) => {
          const addon = setUp(spec, placements);
          const expected = { m: fingerprint(addon, M), n: fingerprint(addon, N), tracker: lookAlike(addon) };
          const typed: { cell: string; value: string }[] = [];
          for (const op of ops) {
            const before = workbook(addon);
            try {
              const below = run(addon, op);
              if (below) typed.push(below);
            } catch (error) {
              const message = (error as Error).message;
              expect(message).toMatch(/^(Nothing was changed|[^\n]*\w{3,})/);
              expect({ op, changed: workbook(addon) !== before }).toEqual({ op, changed: false });
              continue;
            }
            expect({ op, m: fingerprint(addon, M) }).toEqual({ op, m: expected.m });
            expect({ op, n: fingerprint(addon, N) }).toEqual({ op, n: expected.n });
            expect(lookAlike(addon)).toBe(expected.tracker);
          }
          for (const { value } of typed) expect(value).toBe("ra");
        },
      ),
      {
        numRuns: Number(process.env.USER_CONTENT_RUNS ?? 20),
        seed: process.env.SEED ? Number(process.env.SEED) : undefined,
      },
    );
  }, 240_000); // about 15 s alone; more when the machine is busy
});
