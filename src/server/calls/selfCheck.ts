/**
 * "Run self-check": exercises, in the real spreadsheet, each Apps Script behaviour the add-on relies on and
 * that the offline tests only assume, on a scratch sheet deleted afterwards, and shows what it saw as a
 * pass/fail table. The same checks run on the emulator in the tests, so a difference between the emulator
 * and Sheets shows the first time someone runs this in Sheets.
 */
import type { SelfCheckRow } from "../../core/api";
import { CANONICAL_CODES, codesOf } from "../../core/codes";
import { PRODUCT_NAME, SELF_CHECK_KEY } from "../../core/keys";
import { firstDataRow, newLayout, SPARE_ROWS, statusColumn } from "../../core/plan/layout";
import { planNewMatrix } from "../../core/plan/plan";
import type { MatrixKind } from "../../core/types";
import { applyPlan } from "../../sheets/apply";
import { releaseCommitted } from "../../sheets/lock";
import { defaultSettings } from "../../sheets/settingsStore";
import type { SheetPlan } from "../../core/plan/types";
import { beginExecution } from "../ops/deadline";
import { datesInZone, flushBeforeRelease, secondApply, sheetMetadata, sheetValues } from "../ops/writeChecks";

export const SCRATCH_SHEET = "RACI self-check (temporary)";
export const DACI_SCRATCH_SHEET = "RACI self-check, DACI (temporary)";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Sample = { codes: string[]; status: string };

/** Sample rows of the scratch matrix, each with the Status HyperFormula gives it in the tests. */
const SAMPLES: Sample[] = [
  { codes: ["A", "R", "", ""], status: "OK" },
  { codes: ["a", "r", "c", ""], status: "OK" },
  { codes: ["A", "A/R", "", "I"], status: "2 accountable" },
  { codes: ["", "", "C", "i"], status: "No one accountable; No one responsible" },
  { codes: ["A", "R", "x", ""], status: "1 invalid code" },
  { codes: ["", "A", "R", ""], status: "COO and Chief of Staff both own it" },
];
/** The same for a DACI matrix: its codes and words, and what Status says in its words. */
const DACI_SAMPLES: Sample[] = [
  { codes: ["A", "D", "", "C"], status: "OK" },
  { codes: ["approver", "Driver", "i", "contributor"], status: "OK" },
  { codes: ["A", "D", "", "A"], status: "2 approvers" },
  { codes: ["A", "D", "", "D"], status: "2 drivers" },
  { codes: ["A", "R", "", ""], status: "No driver; 1 invalid code" },
  { codes: ["I", "D", "A", ""], status: "COO and Chief of Staff both own it" },
];
const ROLES = ["CEO", "COO", "Chief of Staff", "Ops"];

/** Runs every check on a scratch sheet; the user's sheets are left as they were. */
export function runSelfCheck(): SelfCheckRow[] {
  beginExecution();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const active = spreadsheet.getActiveSheet();
  for (const name of [SCRATCH_SHEET, DACI_SCRATCH_SHEET]) {
    const stale = spreadsheet.getSheetByName(name);
    if (stale) spreadsheet.deleteSheet(stale);
  }
  const sheet = spreadsheet.insertSheet(SCRATCH_SHEET);
  const rows: SelfCheckRow[] = [];
  const run = (check: string, body: () => [boolean, string]) => {
    try {
      const [ok, saw] = body();
      rows.push({ check, ok, saw });
    } catch (error) {
      rows.push({
        check,
        ok: false,
        saw: `threw: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  };
  try {
    run("Apostrophe-prefixed text reads back literal, not as a formula, number or date", () =>
      literalText(sheet),
    );
    const plan = scratchPlan();
    run("The add-on's matrix applies: formulas, dropdowns, highlighting, protections", () =>
      scratchMatrix(sheet, plan),
    );
    run("Status formulas evaluate as HyperFormula does in the tests", () => statuses(sheet, SAMPLES));
    run("Conditional-format rules read back as written (one formula, relative to the top-left cell)", () =>
      highlighting(sheet),
    );
    run("The dropdown is in warning mode: a typed alias is kept", () => validation(sheet));
    run("Protections are warning-only, described, and removable by their creator", () => protections(sheet));
    run("Developer metadata (PROJECT visibility) is found by key and removed", () => metadata(sheet));
    run("The document lock can be taken and released", documentLock);
    run("A 9 KB document property is stored; a larger one is refused", properties);
    run("Applied again, the add-on recognises its own rules, protections and chart: none is doubled", () =>
      secondApply(plan)(sheet),
    );
    run("Sheet.getDeveloperMetadata() is the sheet's own, not the spreadsheet's", () => sheetMetadata(sheet));
    run("SpreadsheetApp.flush() before the lock's release commits what was written", () =>
      flushBeforeRelease(sheet),
    );
    run("A typed date reads back as that day in the spreadsheet's time zone", () => datesInZone(sheet));
    run("Sheet.getSheetValues reads as getRange().getValues() does", () => sheetValues(sheet));
    run("A DACI matrix's Status and dropdown follow its kind", () => daciMatrix(spreadsheet));
  } finally {
    spreadsheet.deleteSheet(sheet);
    active.activate();
  }
  return rows;
}

function literalText(sheet: Sheet): [boolean, string] {
  const typed = ["=1+1", "+1", "2024-01-31", "1,000"];
  const range = sheet.getRange(1, 1, 1, typed.length);
  range.setValues([typed.map((text) => `'${text}`)]);
  const values = range.getValues()[0];
  const formulas = range.getFormulas()[0];
  const ok = values.every((v, i) => v === typed[i]) && formulas.every((f) => f === "");
  range.clearContent();
  return [ok, `read back ${values.map((v) => JSON.stringify(v)).join(", ")}`];
}

/** The plan of a scratch matrix of `kind` holding `samples`. */
function scratchPlan(samples: Sample[] = SAMPLES, kind: MatrixKind = "RACI"): SheetPlan {
  const layout = newLayout(ROLES.length, samples.length, true, kind);
  const settings = {
    ...defaultSettings(ROLES),
    ownerPair: ["COO", "Chief of Staff"] as [string, string],
    kind,
  };
  return planNewMatrix({
    layout,
    settings,
    owners: [layout.firstRoleColumn + 1, layout.firstRoleColumn + 2],
    areas: new Array<string>(samples.length + SPARE_ROWS).fill(""),
    title: "Self-check",
    roles: ROLES,
    initiatives: samples.map((sample, i) => ({ name: `Sample ${i + 1}`, area: "", codes: sample.codes })),
  });
}

function scratchMatrix(sheet: Sheet, plan: SheetPlan): [boolean, string] {
  applyPlan(sheet, plan);
  const rules = sheet.getConditionalFormatRules().length;
  return [rules === plan.highlightRules.length, `${rules} highlighting rules, ${plan.blocks.length} blocks`];
}

function statuses(sheet: Sheet, samples: Sample[], kind: MatrixKind = "RACI"): [boolean, string] {
  const layout = newLayout(ROLES.length, samples.length, true, kind);
  const seen = sheet
    .getRange(firstDataRow(layout), statusColumn(layout), samples.length, 1)
    .getValues()
    .map((row) => String(row[0]));
  const wrong = samples.map((sample, i) => ({ ...sample, seen: seen[i] })).filter((s) => s.seen !== s.status);
  return [
    wrong.length === 0,
    wrong.length === 0
      ? `${samples.length} rows as expected`
      : wrong.map((w) => `[${w.codes.join(",")}] gave "${w.seen}", expected "${w.status}"`).join("; "),
  ];
}

/** A DACI matrix on a scratch sheet of its own: Status in DACI's words, the dropdown of DACI's codes. */
function daciMatrix(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): [boolean, string] {
  const sheet = spreadsheet.insertSheet(DACI_SCRATCH_SHEET);
  try {
    applyPlan(sheet, scratchPlan(DACI_SAMPLES, "DACI"));
    const [ok, saw] = statuses(sheet, DACI_SAMPLES, "DACI");
    const layout = newLayout(ROLES.length, DACI_SAMPLES.length, true, "DACI");
    const rule = sheet.getRange(firstDataRow(layout), layout.firstRoleColumn).getDataValidation();
    const codes = (rule?.getCriteriaValues()[0] as string[] | undefined) ?? [];
    const listed = codes.join(" ") === codesOf("DACI").join(" ");
    return [ok && listed, `${saw}; dropdown ${codes.join(" ")}`];
  } finally {
    spreadsheet.deleteSheet(sheet);
  }
}

function highlighting(sheet: Sheet): [boolean, string] {
  const layout = newLayout(ROLES.length, SAMPLES.length);
  const rule = sheet.getConditionalFormatRules()[0];
  const formula = String(rule?.getBooleanCondition()?.getCriteriaValues()[0] ?? "");
  const range = rule?.getRanges()[0];
  const topLeft = range ? `${range.getRow()},${range.getColumn()}` : "none";
  const ok =
    formula.includes(`C${firstDataRow(layout)}`) &&
    topLeft === `${firstDataRow(layout)},${layout.firstRoleColumn}`;
  return [ok, `first rule at row,column ${topLeft}: ${formula.slice(0, 60)}…`];
}

function validation(sheet: Sheet): [boolean, string] {
  const layout = newLayout(ROLES.length, SAMPLES.length);
  const cell = sheet.getRange(firstDataRow(layout), layout.firstRoleColumn);
  const rule = cell.getDataValidation();
  const allowInvalid = rule?.getAllowInvalid() ?? false;
  const codes = (rule?.getCriteriaValues()[0] as string[] | undefined) ?? [];
  cell.setValue("ra");
  const kept = cell.getValue() === "ra";
  const ok = allowInvalid && kept && CANONICAL_CODES.every((code) => codes.includes(code));
  return [ok, `allowInvalid ${allowInvalid}, list ${codes.join(" ")}, "ra" kept: ${kept}`];
}

function protections(sheet: Sheet): [boolean, string] {
  const found = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE);
  const ours = found.filter((p) => p.getDescription().includes(PRODUCT_NAME));
  const warning = ours.every((p) => p.isWarningOnly());
  const editable = ours.every((p) => p.canEdit());
  for (const p of ours) if (p.canEdit()) p.remove();
  const left = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).length;
  return [
    ours.length > 0 && warning && editable && left === 0,
    `${ours.length} protections, warning-only ${warning}, canEdit ${editable}, ${left} left after remove()`,
  ];
}

function metadata(sheet: Sheet): [boolean, string] {
  const key = SELF_CHECK_KEY;
  sheet.addDeveloperMetadata(key, "1", SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
  const found = SpreadsheetApp.getActiveSpreadsheet().createDeveloperMetadataFinder().withKey(key).find();
  const value = found[0]?.getValue();
  for (const m of found) m.remove();
  const after = sheet.createDeveloperMetadataFinder().withKey(key).find().length;
  return [
    found.length === 1 && value === "1" && after === 0,
    `found ${found.length} with value ${value}, ${after} after remove`,
  ];
}

function documentLock(): [boolean, string] {
  const lock = LockService.getDocumentLock();
  if (!lock) return [false, "no document lock (the script is not bound to a document)"];
  const taken = lock.tryLock(5_000);
  const held = lock.hasLock();
  if (taken) releaseCommitted(lock);
  return [taken && held && !lock.hasLock(), `tryLock ${taken}, hasLock ${held}, released`];
}

function properties(): [boolean, string] {
  const store = PropertiesService.getDocumentProperties();
  const key = SELF_CHECK_KEY;
  const fits = "x".repeat(9_000 - key.length);
  try {
    store.setProperty(key, fits);
    const stored = store.getProperty(key) === fits;
    const refused = throws(() => store.setProperty(key, "x".repeat(10_000)));
    return [stored && refused, `9 KB stored ${stored}, 10 KB refused ${refused}`];
  } finally {
    store.deleteProperty(key);
  }
}

function throws(body: () => unknown): boolean {
  try {
    body();
    return false;
  } catch {
    return true;
  }
}

/** The menu item: runs the checks and shows the table in a dialog (text only, escaped). */
export function menuSelfCheck(): void {
  const rows = runSelfCheck();
  const passed = rows.filter((r) => r.ok).length;
  const html =
    `<style>body{font:13px Arial,sans-serif}td,th{border-bottom:1px solid #ddd;padding:4px;text-align:left;vertical-align:top}` +
    `.ok{color:#006400}.no{color:#b00020;font-weight:bold}</style>` +
    `<p>${passed} of ${rows.length} checks passed.</p><table><tr><th>Result</th><th>Check</th><th>What it saw</th></tr>` +
    rows
      .map(
        (r) =>
          `<tr><td class="${r.ok ? "ok" : "no"}">${r.ok ? "pass" : "FAIL"}</td><td>${escapeHtml(r.check)}</td>` +
          `<td>${escapeHtml(r.saw)}</td></tr>`,
      )
      .join("") +
    `</table>`;
  const output = HtmlService.createHtmlOutput(html).setWidth(720).setHeight(420);
  SpreadsheetApp.getUi().showModalDialog(output, `${PRODUCT_NAME}: self-check`);
}

/** Text only: every character that HTML could read as markup is escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
