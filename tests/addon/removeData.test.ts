/**
 * Extensions › RACI Matrix for Sheets › Remove add-on data, on the built bundle: after YES, every matrix keeps
 * its names, codes, formulas and highlighting, and nothing else the add-on made is left (document properties
 * and developer metadata keyed "raci.", the change log sheet, protections described "RACI Matrix for
 * Sheets"); what the user made stays. After NO, nothing changes.
 * Ui.alert with ButtonSet.YES_NO returns the Button pressed:
 * https://developers.google.com/apps-script/reference/base/ui#alert(String,String,ButtonSet)
 */
import { loadAddon, type Addon } from "../helpers/addon";
import { LOG_SHEET_NAME as LOG } from "../helpers/fixtures";

const MATRICES = ["Ops", "Q3 ownership"];
const MARK = "RACI Matrix for Sheets";

interface Properties {
  getKeys(): string[];
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): unknown;
}
interface Metadata {
  getKey(): string;
  getValue(): string | null;
}
interface Protection {
  getDescription(): string;
}
interface SheetLike {
  getName(): string;
  getDataRange(): { getValues(): unknown[][]; getFormulas(): string[][] };
  addDeveloperMetadata(key: string, value: string): unknown;
  getDeveloperMetadata(): Metadata[];
  getRange(a1: string): { protect(): { setDescription(d: string): unknown } };
}
interface SpreadsheetLike {
  getSheetByName(name: string): SheetLike | null;
  getSheets(): SheetLike[];
  insertSheet(name: string): SheetLike;
  addDeveloperMetadata(key: string, value: string): unknown;
  createDeveloperMetadataFinder(): { find(): Metadata[] };
  getProtections(type: unknown): Protection[];
}

function handles(addon: Addon) {
  const globals = addon.emulator.globals as {
    PropertiesService: { getDocumentProperties(): Properties };
    SpreadsheetApp: { ProtectionType: { RANGE: unknown; SHEET: unknown } };
  };
  const spreadsheet = addon.emulator.spreadsheet as unknown as SpreadsheetLike;
  const { RANGE, SHEET } = globals.SpreadsheetApp.ProtectionType;
  return {
    spreadsheet,
    sheet: (name: string): SheetLike => {
      const sheet = spreadsheet.getSheetByName(name);
      if (!sheet) throw new Error(`no sheet ${name}`);
      return sheet;
    },
    properties: globals.PropertiesService.getDocumentProperties(),
    metadataKeys: () =>
      spreadsheet
        .createDeveloperMetadataFinder()
        .find()
        .map((m) => m.getKey())
        .sort(),
    protections: () =>
      [...spreadsheet.getProtections(RANGE), ...spreadsheet.getProtections(SHEET)].map((p) =>
        p.getDescription(),
      ),
  };
}

/** Two matrices with settings, a change log and markers; plus the user's own property, metadata, protection and sheet. */
function setUp(): Addon {
  const addon = loadAddon({ user: "ceo@example.com" });
  addon.generate({ template: "coo-cos", title: MATRICES[0] });
  addon.generate({
    title: MATRICES[1],
    roles: ["CEO", "COO", "Chief of Staff"],
    initiatives: [{ name: "Pricing", area: "Growth", assignments: { CEO: "A", COO: "R" } }],
  });
  addon.app.saveMatrixSettings(MATRICES[0], { maxResponsible: 2 });
  addon.edit(MATRICES[0], "D9", "r"); // onEdit canonicalises it and appends to the change log
  const { spreadsheet, properties, sheet: sheetOf } = handles(addon);
  // The markers of the shared contract (sheet-level "raci.matrix"), added here when this build does not
  // write them yet, and a spreadsheet-level one.
  for (const name of MATRICES) {
    const sheet = sheetOf(name);
    if (!sheet.getDeveloperMetadata().some((m) => m.getKey() === "raci.matrix"))
      sheet.addDeveloperMetadata("raci.matrix", "1");
  }
  spreadsheet.addDeveloperMetadata("raci.undo", "[]");
  properties.setProperty("raci.charters", "{}");
  // The user's own things, which must survive.
  properties.setProperty("budgetOwner", "CFO");
  sheetOf(MATRICES[0]).addDeveloperMetadata("team.tag", "ops");
  sheetOf(MATRICES[0]).getRange("A1").protect().setDescription("Board's title");
  spreadsheet.insertSheet("Notes");
  return addon;
}

function matrixContent(addon: Addon) {
  const { sheet } = handles(addon);
  return MATRICES.map((name) => {
    const range = sheet(name).getDataRange();
    return {
      name,
      values: range.getValues(),
      formulas: range.getFormulas(),
      highlights: addon.emulator.highlights(name),
    };
  });
}

describe("Remove add-on data, confirmed", () => {
  let addon: Addon;
  let before: ReturnType<typeof matrixContent>;
  let sheetsBefore: string[];

  beforeAll(() => {
    addon = setUp();
    const { properties, metadataKeys, protections, spreadsheet } = handles(addon);
    // The set-up really has something of each kind to remove.
    expect(properties.getKeys().filter((k) => k.startsWith("raci.")).length).toBeGreaterThanOrEqual(2);
    expect(metadataKeys().filter((k) => k.startsWith("raci."))).toEqual(
      expect.arrayContaining(["raci.matrix", "raci.undo"]),
    );
    expect(protections().filter((d) => d.includes(MARK)).length).toBeGreaterThanOrEqual(4);
    expect(spreadsheet.getSheetByName(LOG)).not.toBeNull();
    before = matrixContent(addon);
    sheetsBefore = addon.emulator.sheetNames();
    addon.emulator.ui.answers = ["YES"];
    addon.app.menuRemoveAddonData();
  });

  it("asked first, naming what goes and what stays", () => {
    const prompt = addon.emulator.ui.alerts.at(-1) ?? "";
    expect(prompt).toContain("change log");
    expect(prompt).toContain("Your matrices stay as ordinary sheets");
  });

  it("leaves every matrix's names, codes, formulas and highlighting as they were", () => {
    expect(matrixContent(addon)).toEqual(before);
  });

  it("leaves no document property or developer metadata keyed raci.", () => {
    const { properties, metadataKeys } = handles(addon);
    expect(properties.getKeys().filter((k) => k.startsWith("raci."))).toEqual([]);
    expect(metadataKeys().filter((k) => k.startsWith("raci."))).toEqual([]);
  });

  it("deletes the change log sheet and only that sheet", () => {
    expect(addon.emulator.sheetNames()).toEqual(sheetsBefore.filter((name) => name !== LOG));
  });

  it("removes the add-on's protections and keeps the user's", () => {
    expect(handles(addon).protections()).toEqual(["Board's title"]);
  });

  it("keeps the user's own property, metadata and sheet", () => {
    const { properties, metadataKeys, spreadsheet } = handles(addon);
    expect(properties.getProperty("budgetOwner")).toBe("CFO");
    expect(metadataKeys()).toEqual(["team.tag"]);
    expect(spreadsheet.getSheetByName("Notes")).not.toBeNull();
  });

  it("says what it removed", () => {
    expect(addon.emulator.toasts.at(-1)?.message).toMatch(
      /^Removed \d+ settings?, \d+ markers?, \d+ protections?, the change log\. Your matrices are now plain sheets\.$/,
    );
  });

  it("a second run finds nothing left to remove", () => {
    addon.emulator.ui.answers = ["YES"];
    addon.app.menuRemoveAddonData();
    expect(addon.emulator.toasts.at(-1)?.message).toBe(
      "Removed 0 settings, 0 markers, 0 protections. Your matrices are now plain sheets.",
    );
  });
});

test.each(["NO", "CLOSE"] as const)("Remove add-on data answered %s changes nothing", (answer) => {
  const addon = setUp();
  const state = JSON.stringify(addon.emulator.toJSON());
  const toasts = addon.emulator.toasts.length;
  addon.emulator.ui.answers = [answer];
  addon.app.menuRemoveAddonData();
  expect(JSON.stringify(addon.emulator.toJSON())).toBe(state);
  expect(addon.emulator.toasts.length).toBe(toasts);
});

test(`a sheet the user named '${LOG}' themselves is not deleted`, () => {
  const addon = loadAddon();
  addon.generate({ template: "coo-cos", title: "Ops" });
  const { spreadsheet } = handles(addon);
  spreadsheet.insertSheet(LOG);
  addon.emulator.ui.answers = ["YES"];
  addon.app.menuRemoveAddonData();
  expect(addon.emulator.sheetNames()).toContain(LOG);
});
