/**
 * The people row (issue 15): under the header, the name of who holds each role ("Dana Lee"). Names are
 * people's text, written literally (an apostrophe prefix, so "=IMPORTRANGE(…)" or "+1" stays text), and
 * renaming a person is not renaming a role: the header, the codes and the history keyed by role stay.
 * A matrix made before the row gets it only when someone asks (addPeopleRow, from Settings).
 */
import { a1 } from "../../core/a1";
import type { GenerateResult, PeopleResult } from "../../core/api";
import { ErrorList, own, readText } from "../../core/fieldErrors";
import { isRecord } from "../../core/guards";
import { MAX_NAME_LENGTH } from "../../core/limits";
import { normalizeName } from "../../core/names";
import { literal } from "../../core/plan/grid";
import { PEOPLE_LABEL, peopleRow } from "../../core/plan/layout";
import { appendToLogLocked } from "../../sheets/changeLog";
import { sheetNamed } from "../../sheets/locate";
import { addonMatrix } from "../../sheets/addonMade";
import { beginExecution } from "../ops/deadline";
import { describeErrors, messageOf } from "../ops/errors";
import { withDocumentLock } from "../ops/lock";
import { change } from "../ops/change";
import { insertLine, matrixPlace } from "../ops/insertLine";

/**
 * Sets who holds each role named in `people` ({ "COO": "Dana Lee" }; "" clears a name). Roles left out
 * keep their name. Validated before anything is written, then one write for the whole row and one log
 * line per name that changed.
 */
export function setPeople(sheetName: string | undefined, people: unknown): PeopleResult {
  if (!isRecord(people))
    throw new Error('Nothing was changed: people must be an object such as { "COO": "Dana Lee" }.');
  beginExecution();
  return withDocumentLock(() => {
    const { sheet, name } = sheetNamed(SpreadsheetApp.getActiveSpreadsheet(), sheetName);
    const matrix = addonMatrix(sheet, name); // refuses a sheet the add-on did not make
    const { layout, roles, values } = matrix;
    const row = peopleRow(layout);
    if (row === null)
      throw new Error(
        `Nothing was changed: "${name}" has no people row yet. Add it from Settings (Add people row) first.`,
      );
    const errors = new ErrorList("people");
    const wanted = new Map<number, string>();
    for (const key of Object.keys(people)) {
      const index = roles.findIndex((role) => normalizeName(role) === normalizeName(key));
      if (index < 0) {
        errors.add(`people.${key}`, `There is no role "${key}" in this matrix.`);
        continue;
      }
      const what = `The name of who holds ${roles[index]}`;
      const text = readText(
        own(people, key),
        `people.${key}`,
        { what, maxLength: MAX_NAME_LENGTH, required: false },
        errors,
      );
      if (text !== undefined) wanted.set(index, text);
    }
    if (errors.size > 0) throw new Error(describeErrors("Nothing was changed:", errors.toArray()));
    const current = roles.map((_, i) => cellText(values[row - 1]?.[layout.firstRoleColumn - 1 + i]));
    const next = current.map((held, i) => wanted.get(i) ?? held);
    const changes = next.map((held, i) => ({ i, held })).filter(({ i, held }) => held !== current[i]);
    if (changes.length > 0) {
      // The whole row in one write, every name literal: a name is never read as a formula.
      sheet
        .getRange(row, layout.firstRoleColumn, 1, roles.length)
        .setValues([next.map((held) => literal(held))]);
      log(
        sheet,
        name,
        changes.map(({ i, held }) => ({
          role: roles[i],
          cell: a1(row, layout.firstRoleColumn + i),
          old: current[i],
          new: held,
          change: held === "" ? `Nobody is named for ${roles[i]}` : `${roles[i]} is held by ${held}`,
        })),
      );
    }
    return {
      sheetName: name,
      people: roles.map((role, i) => ({ role, heldBy: next[i] })),
      changed: changes.length,
    };
  });
}

/**
 * Adds the people row under the header of a matrix made before it (from Settings, never silently): one
 * row inserted with Sheets' own operation, so the initiatives and whatever stands beside them move down
 * together; the row is labelled and empty, for the team to fill in.
 */
export function addPeopleRow(sheetName?: string): GenerateResult {
  return change(sheetName, "The people row was added", (matrix) => {
    const { layout, sheet } = matrix;
    if (layout.people === true)
      throw new Error("Nothing was changed: this matrix already has its people row.");
    const line = { dimension: "rows", after: layout.headerRow, count: 1 } as const;
    insertLine(matrixPlace(matrix), line, "adding the people row", (row) =>
      sheet.getRange(row, layout.nameColumn).setValue(PEOPLE_LABEL),
    );
  });
}

interface PeopleLogLine {
  role: string;
  cell: string;
  old: string;
  new: string;
  change: string;
}

function log(sheet: GoogleAppsScript.Spreadsheet.Sheet, name: string, lines: PeopleLogLine[]): void {
  try {
    const time = new Date();
    appendToLogLocked(
      sheet.getParent(),
      // No user: Session.getActiveUser needs a scope the add-on does not ask for (see ops/change.ts).
      lines.map((line) => ({
        time,
        user: "",
        matrix: name,
        sheetId: sheet.getSheetId(),
        initiative: "",
        ...line,
      })),
    );
  } catch (error) {
    // The names are written; a log line that could not be written must not turn that into a failure.
    console.error(`The change log was not written: ${messageOf(error)}`);
  }
}

function cellText(value: unknown): string {
  return value === null || value === undefined ? "" : String(value).trim();
}
