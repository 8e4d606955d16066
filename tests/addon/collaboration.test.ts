/**
 * Two people on one spreadsheet (one emulator): user B's structural change while user A's holds the document
 * lock is refused with the busy message and changes nothing; seeded random interleavings of structural
 * changes and both users' cell edits lose no edit, duplicate nothing, free the lock and leave analyzeMatrix
 * agreeing with Status; and the change log records who changed which cell, from what to what.
 */
import { loadAddon, type Addon } from "../helpers/addon";
import { LOG_SHEET_NAME, describedMatrix } from "../helpers/fixtures";
import {
  codesByName,
  columnOf,
  differences,
  errorOf,
  expectStatusAgrees,
  readGrid,
  rowOf,
  snapshot,
  cellOf,
} from "./structure-oracle";

const M = "M";
const BUSY = "Someone else is changing this matrix, try again in a moment.";
const A = { user: "a@x.com" };
const B = { user: "b@x.com" };
const STRATEGY = "Set the operational strategy"; // row 9: CEO C, COO A/R, CoS I, Heads C
const IMPROVE = "Improve processes and efficiency"; // row 10: CEO I, COO A, CoS I, Heads R

const template = (): Addon => {
  // Editors of one domain, whose address simple triggers may see (reference/base/user); blank otherwise.
  const addon = loadAddon({ eventUserEmail: true });
  addon.generate({ template: "coo-cos", title: M });
  return addon;
};

describe("while user A's structural change holds the document lock", () => {
  const operations: [string, (addon: Addon) => unknown][] = [
    ["addRole", (addon) => addon.app.addRole(M, "CFO")],
    ["renameRole", (addon) => addon.app.renameRole(M, "COO", "Operations lead")],
    ["removeRole", (addon) => addon.app.removeRole(M, "CEO")],
    ["addInitiative", (addon) => addon.app.addInitiative(M, "Hiring plan", "Operations")],
    ["removeInitiative", (addon) => addon.app.removeInitiative(M, IMPROVE)],
    ["moveInitiative", (addon) => addon.app.moveInitiative(M, STRATEGY, "down")],
    ["refreshMatrix", (addon) => addon.refresh(M)],
    [
      "saveMatrixSettings",
      (addon) => ({ sheetName: M, settings: addon.app.saveMatrixSettings(M, { maxResponsible: 2 }) }),
    ],
  ];
  let addon: Addon;
  beforeAll(() => {
    addon = template();
  });

  // In order, on one spreadsheet: each success is the state the next refusal starts from.
  it.each(operations)(
    "user B's %s gets exactly the busy message and changes nothing; once A is done, it succeeds",
    (name, run) => {
      const before = snapshot(addon);
      addon.emulator.documentLock.heldByOther = true;
      try {
        const error = errorOf(() => run(addon));
        expect(error).toEqual({ name: "Error", message: BUSY });
        expect(differences(before, snapshot(addon))).toEqual([]);
      } finally {
        addon.emulator.documentLock.heldByOther = false;
      }
      expect(addon.emulator.documentLock.holder).toBeNull();
      expect(run(addon)).toMatchObject({ sheetName: expect.any(String) as unknown }); // B tries again
      if (name !== "refreshMatrix") expect(differences(before, snapshot(addon))).not.toEqual([]);
      expect(addon.emulator.documentLock.holder).toBeNull();
    },
  );

  it("a user's code edit meanwhile still lands in its cell and is canonicalised", () => {
    const busy = template();
    busy.emulator.documentLock.heldByOther = true;
    try {
      busy.emulator.editAsUser(busy.bundle, M, "C9", "ra", B);
    } finally {
      busy.emulator.documentLock.heldByOther = false;
    }
    expect(busy.sheet(M).getRange("C9").getValue()).toBe("A/R");
  });
});

/** A small deterministic pseudo-random generator (mulberry32), so every run replays the same story. */
function random(seed: number): { int(n: number): number; pick<T>(items: readonly T[]): T } {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { int, pick: (items) => items[int(items.length)] };
}

/** What a user types, and what the cell must hold afterwards (onEdit canonicalises aliases). */
const TYPED: [typed: string, stored: string][] = [
  ["R", "R"],
  ["A", "A"],
  ["C", "C"],
  ["I", "I"],
  ["A/R", "A/R"],
  ["ra", "A/R"],
  ["r", "R"],
  [" accountable ", "A"],
  ["Consulted", "C"],
  ["x?", "x?"],
  ["", ""],
];

/**
 * The model the sheet must match: initiative → role → code, the initiatives' order top to bottom, and the
 * roles' order left to right.
 */
interface Model {
  codes: Record<string, Record<string, string>>;
  initiatives: string[];
  roles: string[];
}

function modelOf(addon: Addon): Model {
  const grid = readGrid(addon, M);
  return {
    codes: codesByName(grid),
    initiatives: grid.rows.map((row) => row.name),
    roles: grid.roles.map((role) => role.name),
  };
}

function expectSheetMatches(addon: Addon, model: Model, step: string): void {
  const actual = modelOf(addon);
  expect({ step, ...actual }).toEqual({ step, ...model });
}

/** One step of the story: a user's edit, a paste, a structural change, or one refused while the lock is busy. */
function step(addon: Addon, model: Model, rng: ReturnType<typeof random>, n: number): string {
  const grid = readGrid(addon, M);
  const user = rng.pick([A, B]);
  const kind = rng.pick([
    "edit",
    "edit",
    "edit",
    "edit",
    "paste",
    "addRole",
    "addInitiative",
    "move",
    "renameRole",
    "refresh",
    "busy",
  ] as const);
  switch (kind) {
    case "edit": {
      const initiative = rng.pick(model.initiatives);
      const role = rng.pick(model.roles);
      const [typed, stored] = rng.pick(TYPED);
      addon.emulator.editAsUser(
        addon.bundle,
        M,
        cellOf(rowOf(grid, initiative), columnOf(grid, role)),
        typed,
        user,
      );
      model.codes[initiative][role] = stored;
      return `${user.user} typed ${JSON.stringify(typed)} for ${initiative} / ${role}`;
    }
    case "paste": {
      const initiative = rng.pick(model.initiatives);
      const row = rowOf(grid, initiative);
      const first = grid.roles[0].column;
      const cells = model.roles.map(() => rng.pick(TYPED));
      const a1 = `${cellOf(row, first)}:${cellOf(row, first + model.roles.length - 1)}`;
      addon.emulator.editAsUser(addon.bundle, M, a1, [cells.map(([typed]) => typed)], user);
      model.roles.forEach((role, i) => (model.codes[initiative][role] = cells[i][1]));
      return `${user.user} pasted a row over ${initiative}`;
    }
    case "addRole": {
      const role = `Role ${n}`;
      addon.app.addRole(M, role);
      model.roles.push(role);
      for (const codes of Object.values(model.codes)) codes[role] = "";
      return `addRole ${role}`;
    }
    case "addInitiative": {
      const initiative = `Initiative ${n}`;
      addon.app.addInitiative(M, initiative, rng.pick(["Operations", ""]));
      model.initiatives.push(initiative);
      model.codes[initiative] = Object.fromEntries(model.roles.map((role) => [role, ""]));
      return `addInitiative ${initiative}`;
    }
    case "move": {
      const at = rng.int(model.initiatives.length);
      const initiative = model.initiatives[at];
      const direction = rng.pick(["up", "down"] as const);
      const to = direction === "up" ? at - 1 : at + 1;
      if (to < 0 || to >= model.initiatives.length) {
        const before = snapshot(addon);
        expect(errorOf(() => addon.app.moveInitiative(M, initiative, direction)).message).toMatch(
          /is already the (first|last) initiative/,
        );
        expect(differences(before, snapshot(addon))).toEqual([]);
        return `move ${initiative} ${direction} (refused)`;
      }
      addon.app.moveInitiative(M, initiative, direction);
      [model.initiatives[at], model.initiatives[to]] = [model.initiatives[to], model.initiatives[at]];
      return `move ${initiative} ${direction}`;
    }
    case "renameRole": {
      const at = rng.int(model.roles.length);
      const from = model.roles[at];
      const to = `Renamed ${n}`;
      addon.app.renameRole(M, from, to);
      model.roles[at] = to;
      for (const [initiative, codes] of Object.entries(model.codes))
        model.codes[initiative] = Object.fromEntries(
          Object.entries(codes).map(([role, code]) => [role === from ? to : role, code]),
        );
      return `renameRole ${from} → ${to}`;
    }
    case "refresh":
      addon.refresh(M);
      return "refresh";
    case "busy": {
      const before = snapshot(addon);
      addon.emulator.documentLock.heldByOther = true;
      try {
        const attempt = rng.pick([
          () => addon.app.addRole(M, `Busy ${n}`),
          () => addon.app.addInitiative(M, `Busy ${n}`),
          () => addon.app.moveInitiative(M, model.initiatives[0], "down"),
          () => addon.app.renameRole(M, model.roles[0], `Busy ${n}`),
          () => addon.refresh(M),
        ]);
        expect(errorOf(attempt)).toEqual({ name: "Error", message: BUSY });
      } finally {
        addon.emulator.documentLock.heldByOther = false;
      }
      expect(differences(before, snapshot(addon))).toEqual([]);
      return "busy: refused";
    }
  }
}

describe("seeded interleavings of structural changes and two users' edits", () => {
  it.each([[1], [2], [3]])("seed %i: 30 steps lose no edit and duplicate nothing", (seed) => {
    const addon = template();
    const model = modelOf(addon);
    const rng = random(seed);
    const story: string[] = [];
    for (let n = 1; n <= 30; n++) {
      story.push(step(addon, model, rng, n));
      expectSheetMatches(addon, model, story.join("\n"));
    }
    const grid = readGrid(addon, M);
    expect(new Set(grid.rows.map((r) => r.name)).size).toBe(grid.rows.length);
    expect(new Set(grid.roles.map((r) => r.name)).size).toBe(grid.roles.length);
    expect(addon.emulator.documentLock.holder).toBeNull();
    expectStatusAgrees(grid, addon.analyze(M));
  });
});

describe("user B's sidebar, opened before user A's change", () => {
  const RUN = "Run day-to-day operations";

  it("refuses to remove or move an initiative by a row number that someone else's move made stale", () => {
    const addon = template();
    const seen = describedMatrix(addon, M).initiatives;
    const row = seen.find((i) => i.name === RUN)?.row;
    expect(row).toBe(11);
    addon.app.moveInitiative(M, RUN, "up"); // user A
    const before = snapshot(addon);
    expect(errorOf(() => addon.app.removeInitiative(M, RUN, row)).message).toMatch(
      /^Nothing was changed: row 11 no longer holds "Run day-to-day operations"/,
    );
    expect(errorOf(() => addon.app.moveInitiative(M, RUN, "down", row)).message).toMatch(/row 11 no longer/);
    expect(differences(before, snapshot(addon))).toEqual([]);
    // B re-opens the panel and tries again with the row it now shows.
    const fresh = describedMatrix(addon, M).initiatives;
    addon.app.removeInitiative(M, RUN, fresh.find((i) => i.name === RUN)?.row);
    expect(readGrid(addon, M).rows.map((r) => r.name)).not.toContain(RUN);
  });

  it("a row number that still holds the initiative after an unrelated change is used as given", () => {
    const addon = template();
    const seen = describedMatrix(addon, M).initiatives;
    addon.emulator.editAsUser(addon.bundle, M, "C17", "R", A); // user A edits a code elsewhere
    addon.app.moveInitiative(M, RUN, "down", seen.find((i) => i.name === RUN)?.row);
    expect(rowOf(readGrid(addon, M), RUN)).toBe(12);
  });

  it("refuses to remove or rename a role someone else renamed meanwhile", () => {
    const addon = template();
    addon.app.renameRole(M, "COO", "Operations lead"); // user A
    const before = snapshot(addon);
    expect(errorOf(() => addon.app.removeRole(M, "COO")).message).toBe(
      'Nothing was changed: there is no role "COO" in this matrix.',
    );
    expect(errorOf(() => addon.app.renameRole(M, "COO", "Ops")).message).toMatch(/no role "COO"/);
    expect(differences(before, snapshot(addon))).toEqual([]);
  });
});

describe("the change log", () => {
  let addon: Addon;
  beforeAll(() => {
    addon = template();
    addon.generate({ template: "coo-cos", title: "Other matrix" });
    addon.sheet(M).activate();
    addon.emulator.editAsUser(addon.bundle, M, "C9", "R", A); // C → R
    addon.emulator.editAsUser(addon.bundle, M, "D10", "ra", B); // A → A/R
    addon.emulator.editAsUser(addon.bundle, M, "F10", "", A); // R → cleared
    addon.emulator.editAsUser(addon.bundle, M, "A9:D9", [["Ops", STRATEGY, "i", "A"]], B); // a pasted block
    addon.emulator.editAsUser(addon.bundle, "Other matrix", "C9", "A", A);
  });

  it("is a hidden sheet, and creating it leaves the user on the matrix they were editing", () => {
    expect(addon.sheet(LOG_SHEET_NAME).isSheetHidden()).toBe(true);
    expect(addon.emulator.spreadsheet.getActiveSheet().getName()).toBe(M);
  });

  it("records single-cell edits with old → new (canonical) and the user", () => {
    const log = addon.app.getChangeLog(M, IMPROVE);
    expect(log.map(({ user, cell, old, new: value }) => ({ user, cell, old, new: value }))).toEqual([
      { user: "a@x.com", cell: "F10", old: "R", new: "" },
      { user: "b@x.com", cell: "D10", old: "A", new: "A/R" },
    ]);
  });

  it("records a pasted block's code cells with '(not given for pasted blocks)', newest first", () => {
    const log = addon.app.getChangeLog(M, STRATEGY);
    expect(
      log.map(({ user, role, cell, old, new: value }) => ({ user, role, cell, old, new: value })),
    ).toEqual([
      { user: "b@x.com", role: "COO", cell: "D9", old: "(not given for pasted blocks)", new: "A" },
      { user: "b@x.com", role: "CEO", cell: "C9", old: "(not given for pasted blocks)", new: "I" },
      { user: "a@x.com", role: "CEO", cell: "C9", old: "C", new: "R" },
    ]);
    expect(log.every((entry) => entry.initiative === STRATEGY)).toBe(true);
    const times = log.map((entry) => Date.parse(entry.time));
    expect(times.every((time) => !Number.isNaN(time))).toBe(true);
    expect([...times].sort((x, y) => y - x)).toEqual(times);
  });

  it("keeps each matrix's history apart, and without an initiative returns the whole matrix's", () => {
    const all = addon.app.getChangeLog(M);
    expect(all.map((entry) => entry.cell)).toEqual(["D9", "C9", "F10", "D10", "C9"]);
    const other = addon.app.getChangeLog("Other matrix");
    expect(other).toEqual([expect.objectContaining({ cell: "C9", user: "a@x.com" })]);
  });

  it("follows its matrix when the sheet is renamed", () => {
    addon.sheet("Other matrix").setName("Renamed matrix");
    expect(addon.app.getChangeLog("Renamed matrix")).toEqual([
      expect.objectContaining({ cell: "C9", user: "a@x.com", new: "A" }),
    ]);
  });

  it("records a pasted block that needs more rows than the log sheet has left (a new sheet has 1,000)", () => {
    const failures = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const busy = template();
    const sheet = busy.sheet(M);
    sheet.insertRowsAfter(sheet.getMaxRows(), 400);
    const block = (from: number) =>
      Array.from({ length: 200 }, (_, i) => [`Pasted ${from + i}`, "R", "A", "C", "I"]);
    busy.emulator.editAsUser(busy.bundle, M, "B38:F237", block(0), A); // 800 log rows
    busy.emulator.editAsUser(busy.bundle, M, "B238:F437", block(200), B); // 800 more
    busy.emulator.editAsUser(busy.bundle, M, "C9", "R", A);
    const log = busy.app.getChangeLog(M);
    expect(log[0]).toMatchObject({ cell: "C9", user: "a@x.com" });
    expect(log[1]).toMatchObject({ cell: "F437", user: "b@x.com" });
    expect(busy.sheet(LOG_SHEET_NAME).getLastRow()).toBe(1 + 1_601);
    expect(failures).not.toHaveBeenCalled(); // onEdit reports what it could not do on the console
    failures.mockRestore();
  });
});
