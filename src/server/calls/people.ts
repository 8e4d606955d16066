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
import { PEOPLE_LABEL, peopleRow } from "../../core/plan/layout";
import { sheetNamed } from "../../sheets/locate";
import { addonMatrix } from "../../sheets/addonMade";
import { writeCells } from "../../sheets/write";
import { beginExecution } from "../ops/deadline";
import { describeErrors } from "../ops/errors";
import { withDocumentLock } from "../ops/lock";
import { change } from "../ops/change";
import { insertLine, matrixPlace } from "../ops/insertLine";

/**
 * Sets who holds each role named in `people` ({ "COO": "Dana Lee" }; "" clears a name). `seen` is what the
 * caller read before (the Settings panel sends the names it showed): a role whose name it leaves as seen is
 * not written, so a name typed in the sheet meanwhile stays, and a role it changes is refused, naming the cell,
 * when the sheet no longer says what was seen. Roles left out keep their name. Only the names that change
 * are written (one batch, each literal), never over a formula (=Directory!B2 stays a formula: refused, named),
 * each logged.
 */
export function setPeople(sheetName: string | undefined, people: unknown, seen?: unknown): PeopleResult {
  if (!isRecord(people))
    throw new Error('Nothing was changed: people must be an object such as { "COO": "Dana Lee" }.');
  if (seen !== undefined && seen !== null && !isRecord(seen))
    throw new Error('Nothing was changed: seen must be an object such as { "COO": "Dana Lee" }.');
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
    const wanted = namesByRole(people, "people", roles, errors);
    const before = isRecord(seen) ? namesByRole(seen, "seen", roles, errors) : new Map<number, string>();
    if (errors.size > 0) throw new Error(describeErrors("Nothing was changed:", errors.toArray()));
    const current = roles.map((_, i) => cellText(values[row - 1]?.[layout.firstRoleColumn - 1 + i]));
    const changes = [...wanted].filter(([i, held]) => held !== (before.get(i) ?? current[i]));
    const cell = (i: number) => a1(row, layout.firstRoleColumn + i);
    for (const [i] of changes) {
      const read = before.get(i);
      if (read !== undefined && read !== current[i])
        throw new Error(
          `Nothing was changed: ${cell(i)} (who holds ${roles[i]}) was changed in the sheet since it was read: ` +
            `it now says "${current[i]}". Check the names and save again.`,
        );
    }
    if (changes.length > 0) {
      const formulas = sheet.getRange(row, layout.firstRoleColumn, 1, roles.length).getFormulas()[0];
      const computed = changes.find(([i]) => formulas[i] !== "");
      if (computed)
        throw new Error(
          `Nothing was changed: ${cell(computed[0])} (who holds ${roles[computed[0]]}) comes from a formula ` +
            `(${formulas[computed[0]]}); change it in the sheet.`,
        );
      writeCells(
        sheet,
        changes.map(([i, held]) => ({
          row,
          column: layout.firstRoleColumn + i,
          content: { text: held, literal: true }, // a name is never read as a formula or a number
          old: current[i],
          initiative: "",
          role: roles[i],
          change: held === "" ? `Nobody is named for ${roles[i]}` : `${roles[i]} is held by ${held}`,
        })),
        // No user: Session.getActiveUser needs a scope the add-on does not ask for (see ops/change.ts).
        { user: "", log: true, knownFormula: () => "" },
      );
    }
    const held = new Map(changes);
    return {
      sheetName: name,
      people: roles.map((role, i) => ({ role, heldBy: held.get(i) ?? current[i] })),
      changed: changes.length,
    };
  });
}

/** The names of `given` by role index, each checked; unknown roles and non-text names are errors. */
function namesByRole(
  given: Record<string, unknown>,
  field: string,
  roles: string[],
  errors: ErrorList,
): Map<number, string> {
  const names = new Map<number, string>();
  for (const key of Object.keys(given)) {
    const index = roles.findIndex((role) => normalizeName(role) === normalizeName(key));
    if (index < 0) {
      errors.add(`${field}.${key}`, `There is no role "${key}" in this matrix.`);
      continue;
    }
    const what = `The name of who holds ${roles[index]}`;
    const text = readText(
      own(given, key),
      `${field}.${key}`,
      { what, maxLength: MAX_NAME_LENGTH, required: false },
      errors,
    );
    if (text !== undefined) names.set(index, text);
  }
  return names;
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

function cellText(value: unknown): string {
  return value === null || value === undefined ? "" : String(value).trim();
}
