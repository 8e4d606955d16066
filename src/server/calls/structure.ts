/**
 * Structural edits from the sidebar: roles (add, rename, remove) and initiatives (add, remove, move).
 * Each one validates before it writes, holds the document lock, uses Sheets' own row and column operations
 * (so every code anyone typed stays in its cell), then re-applies formulas and highlighting.
 */
import type { GenerateResult, RenameResult } from "../../core/api";
import { ErrorList, readText } from "../../core/fieldErrors";
import { MAX_NAME_LENGTH, MAX_ROLE_NAME_LENGTH, MAX_ROLES } from "../../core/limits";
import { normalizeName } from "../../core/names";
import { literal } from "../../core/plan/grid";
import {
  AGREEMENT_LABELS,
  decisionColumn,
  DECISIONS,
  firstDataRow,
  lastRoleColumn,
  reservedInitiativeProblem,
  reservedRoleProblem,
  statusColumn,
} from "../../core/plan/layout";
import { sheetNamed } from "../../sheets/locate";
import {
  columnName,
  listCells,
  addonMatrix,
  usersCellsInColumn,
  usersCellsInRow,
  usersMergesAcrossColumn,
  usersMergesAcrossRow,
  type AddonMatrix,
} from "../../sheets/addonMade";
import { saveSettings } from "../../sheets/settingsStore";
import { describeErrors, messageOf } from "../ops/errors";
import { withDocumentLock } from "../ops/lock";
import { beginExecution } from "../ops/deadline";
import { change, changeLocked } from "../ops/change";

function text(value: unknown, field: string, what: string): string {
  const errors = new ErrorList(field);
  const result = readText(value, field, { what, maxLength: MAX_NAME_LENGTH, required: true }, errors);
  if (result === undefined) throw new Error(describeErrors("Nothing was changed:", errors.toArray()));
  return result;
}

/** A role name that reads back as a role: text, not empty, not a header label. */
function roleName(value: unknown, field: string, what: string): string {
  const name = text(value, field, what);
  if (name.length > MAX_ROLE_NAME_LENGTH) {
    const message = `${what} is too long (${name.length} characters; the limit is ${MAX_ROLE_NAME_LENGTH}).`;
    throw new Error(describeErrors("Nothing was changed:", [{ field, message }]));
  }
  const reserved = reservedRoleProblem(name);
  if (reserved) throw new Error(describeErrors("Nothing was changed:", [{ field, message: reserved }]));
  return name;
}

function roleIndex({ roles }: AddonMatrix, role: string): number {
  const index = roles.findIndex((name) => normalizeName(name) === normalizeName(role));
  if (index < 0) throw new Error(`Nothing was changed: there is no role "${role}" in this matrix.`);
  return index;
}

function refuseDuplicateRole({ roles }: AddonMatrix, role: string, except = -1): void {
  const clash = roles.findIndex((name, i) => i !== except && normalizeName(name) === normalizeName(role));
  if (clash >= 0) throw new Error(`Nothing was changed: role "${roles[clash]}" already exists.`);
}

export function addRole(sheetName: string | undefined, role: string): GenerateResult {
  const name = roleName(role, "role", "Role name");
  return change(
    sheetName,
    `Role "${name}" was added`,
    (matrix) => {
      refuseDuplicateRole(matrix, name);
      if (matrix.roles.length >= MAX_ROLES)
        throw new Error(`Nothing was changed: a matrix has at most ${MAX_ROLES} roles.`);
      const column = lastRoleColumn(matrix.layout);
      const merged = usersMergesAcrossColumn(matrix, column);
      if (merged.length > 0) {
        throw new Error(
          `Nothing was changed: adding a role inserts a column after ${columnName(column)}, which would widen ` +
            `merged cells outside the matrix (${listCells(merged)}). Unmerge them first.`,
        );
      }
      matrix.sheet.insertColumnAfter(column);
      try {
        matrix.sheet.getRange(matrix.layout.headerRow, column + 1).setValue(literal(name));
      } catch (error) {
        matrix.sheet.deleteColumn(column + 1); // undo, so the sheet is as it was
        throw error;
      }
    },
    { role: name },
  );
}

/**
 * Renames a role in the header and in the owner pair; the Status formulas read names from the header.
 * With `everywhere` (someone left, say), also in every other matrix of the spreadsheet that has the role.
 */
export function renameRole(
  sheetName: string | undefined,
  from: string,
  to: string,
  everywhere?: boolean,
): RenameResult {
  const oldName = text(from, "from", "Current role name");
  const newName = roleName(to, "to", "New role name");
  const what = `Role "${oldName}" was renamed "${newName}"`;
  const rename = (matrix: AddonMatrix) => renameIn(matrix, oldName, newName);
  const logged = { role: newName, old: oldName, new: newName };
  beginExecution();
  return withDocumentLock(() => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const { sheet, name } = sheetNamed(spreadsheet, sheetName);
    const result = changeLocked(sheet, name, what, rename, logged);
    const alsoRenamedIn: string[] = [];
    if (everywhere !== true) return { ...result, alsoRenamedIn };
    for (const other of spreadsheet.getSheets()) {
      const otherName = other.getName();
      if (otherName === name || !hasRoleToRename(other, otherName, oldName, newName)) continue;
      try {
        changeLocked(other, otherName, what, rename, logged);
      } catch (error) {
        const done = [name, ...alsoRenamedIn].map((n) => `"${n}"`).join(", ");
        throw new Error(`${what} in ${done}, but not in "${otherName}": ${messageOf(error)}`);
      }
      alsoRenamedIn.push(otherName);
    }
    return { ...result, alsoRenamedIn };
  });
}

/**
 * True when the sheet is one of the add-on's matrices that has role `from` and no role `to` yet. A table
 * that only looks like a matrix is someone else's, and is never renamed in.
 */
function hasRoleToRename(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  name: string,
  from: string,
  to: string,
): boolean {
  let roles: string[];
  try {
    roles = addonMatrix(sheet, name).roles;
  } catch {
    return false; // not a matrix, or not the add-on's
  }
  const keys = roles.map(normalizeName);
  return keys.includes(normalizeName(from)) && !keys.includes(normalizeName(to));
}

function renameIn(matrix: AddonMatrix, oldName: string, newName: string): void {
  const index = roleIndex(matrix, oldName);
  refuseDuplicateRole(matrix, newName, index);
  const pair = matrix.settings.ownerPair;
  const isOld = (role: string) => normalizeName(role) === normalizeName(oldName);
  const header = matrix.sheet.getRange(matrix.layout.headerRow, matrix.layout.firstRoleColumn + index);
  header.setValue(literal(newName));
  if (!pair || !pair.some(isOld)) return;
  try {
    const ownerPair: [string, string] = [
      isOld(pair[0]) ? newName : pair[0],
      isOld(pair[1]) ? newName : pair[1],
    ];
    saveSettings(matrix.sheet, { ...matrix.settings, ownerPair });
  } catch (error) {
    header.setValue(literal(matrix.roles[index])); // undo, so the pair never names a missing role
    throw error;
  }
}

export function removeRole(sheetName: string | undefined, role: string): GenerateResult {
  const name = text(role, "role", "Role name");
  return change(
    sheetName,
    `Role "${name}" was removed`,
    (matrix) => {
      const index = roleIndex(matrix, name);
      if (matrix.roles.length === 1)
        throw new Error("Nothing was changed: a matrix needs at least one role.");
      const column = matrix.layout.firstRoleColumn + index;
      const users = usersCellsInColumn(matrix, column);
      if (users.length > 0) {
        throw new Error(
          `Nothing was changed: removing "${matrix.roles[index]}" deletes ${columnName(column)}, which also ` +
            `holds cells outside the matrix (${listCells(users)}). Move or clear them first.`,
        );
      }
      matrix.sheet.deleteColumn(column);
    },
    { role: name },
  );
}

/**
 * The sheet row of the initiative named `name` (at `row`, when given: for unnamed or duplicate names),
 * checked against the name, so that a sort by someone else meanwhile cannot misdirect the change.
 */
function initiativeRow({ matrix }: AddonMatrix, name: string, row?: unknown): number {
  if (row !== undefined && row !== null) {
    if (typeof row !== "number" || !Number.isInteger(row) || row < 1) {
      throw new Error(
        `Nothing was changed: row must be a sheet row number (1, 2, 3…), not ${JSON.stringify(row)}.`,
      );
    }
    const atRow = matrix.initiatives.find((i) => i.row === row);
    if (!atRow || normalizeName(atRow.name) !== normalizeName(name)) {
      throw new Error(
        `Nothing was changed: row ${String(row)} no longer holds "${name}"; someone may have moved it. Re-open the panel.`,
      );
    }
    return atRow.row;
  }
  const found = matrix.initiatives.filter((i) => normalizeName(i.name) === normalizeName(name));
  if (found.length === 0)
    throw new Error(`Nothing was changed: there is no initiative "${name}" in this matrix.`);
  if (found.length > 1)
    throw new Error(
      `Nothing was changed: ${found.length} initiatives are called "${name}"; rename one first.`,
    );
  return found[0].row;
}

export function addInitiative(
  sheetName: string | undefined,
  initiative: string,
  area?: string,
): GenerateResult {
  const name = text(initiative, "initiative", "Initiative name");
  const reserved = reservedInitiativeProblem(name);
  if (reserved)
    throw new Error(describeErrors("Nothing was changed:", [{ field: "initiative", message: reserved }]));
  const areaText = area === undefined || area === null || area === "" ? "" : text(area, "area", "Area");
  return change(
    sheetName,
    `Initiative "${name}" was added`,
    (matrix) => {
      const { layout, sheet } = matrix;
      const { initiatives } = matrix.matrix;
      // Below the header, or below the people row when the matrix has one.
      const last = initiatives.length ? initiatives[initiatives.length - 1].row : firstDataRow(layout) - 1;
      const merged = usersMergesAcrossRow(matrix, last);
      if (merged.length > 0) {
        throw new Error(
          `Nothing was changed: adding an initiative inserts a row after row ${last}, which would stretch ` +
            `merged cells outside the matrix (${listCells(merged)}). Unmerge them first.`,
        );
      }
      // A new initiative goes right below the last one, in a row of its own, so the spare rows stay spare.
      sheet.insertRowAfter(last);
      try {
        if (layout.areaColumn !== null && layout.areaColumn === layout.nameColumn - 1) {
          sheet.getRange(last + 1, layout.areaColumn, 1, 2).setValues([[literal(areaText), literal(name)]]);
        } else {
          sheet.getRange(last + 1, layout.nameColumn).setValue(literal(name));
          if (layout.areaColumn !== null)
            sheet.getRange(last + 1, layout.areaColumn).setValue(literal(areaText));
        }
        // A new initiative starts as a proposal, like every row of a new matrix.
        if (layout.agreement === true)
          sheet.getRange(last + 1, decisionColumn(layout)).setValue(DECISIONS[0]);
      } catch (error) {
        sheet.deleteRow(last + 1);
        throw error;
      }
    },
    { initiative: name },
  );
}

export function removeInitiative(
  sheetName: string | undefined,
  initiative: string,
  row?: number,
): GenerateResult {
  const name =
    row === undefined ? text(initiative, "initiative", "Initiative name") : String(initiative ?? "").trim();
  return change(
    sheetName,
    `Initiative "${name}" was removed`,
    (matrix) => {
      const sheetRow = initiativeRow(matrix, name, row);
      const users = usersCellsInRow(matrix, sheetRow);
      if (users.length > 0) {
        throw new Error(
          `Nothing was changed: removing "${name}" deletes row ${sheetRow}, which also holds cells outside ` +
            `the matrix (${listCells(users)}). Move or clear them first.`,
        );
      }
      matrix.sheet.deleteRow(sheetRow);
    },
    { initiative: name },
  );
}

/**
 * Moves an initiative one place up or down among the initiatives, codes and all: the whole sheet row
 * moves, so whatever people keep beside it in that row stays beside it.
 */
export function moveInitiative(
  sheetName: string | undefined,
  initiative: string,
  direction: "up" | "down",
  row?: number,
): GenerateResult {
  const name =
    row === undefined ? text(initiative, "initiative", "Initiative name") : String(initiative ?? "").trim();
  if (direction !== "up" && direction !== "down")
    throw new Error('Nothing was changed: direction must be "up" or "down".');
  return change(
    sheetName,
    `Initiative "${name}" was moved ${direction}`,
    (matrix) => {
      const from = initiativeRow(matrix, name, row);
      const rows = matrix.matrix.initiatives.map((i) => i.row);
      const position = rows.indexOf(from);
      const target = direction === "up" ? rows[position - 1] : rows[position + 1];
      if (target === undefined)
        throw new Error(
          `Nothing was changed: "${name}" is already the ${direction === "up" ? "first" : "last"} initiative.`,
        );
      // moveRows puts the row before destinationIndex, in the sheet as it is before the move.
      const sheetRow = matrix.sheet.getRange(from, 1, 1, matrix.sheet.getMaxColumns());
      matrix.sheet.moveRows(sheetRow, direction === "up" ? target : target + 1);
    },
    { initiative: name },
  );
}

/**
 * Adds Decision, Decided on and Notes right of Status to a matrix made before they existed (from Settings,
 * never silently): three columns inserted with Sheets' own operation, so whatever stood right of Status
 * moves along; every initiative starts Proposed.
 */
export function addAgreementColumns(sheetName?: string): GenerateResult {
  return change(sheetName, "Decision, Decided on and Notes columns were added", (matrix) => {
    const { layout, sheet } = matrix;
    if (layout.agreement === true)
      throw new Error(
        "Nothing was changed: this matrix already has its Decision, Decided on and Notes columns.",
      );
    const status = statusColumn(layout);
    const merged = usersMergesAcrossColumn(matrix, status);
    if (merged.length > 0) {
      throw new Error(
        `Nothing was changed: adding the agreement columns inserts columns after ${columnName(status)}, which ` +
          `would widen merged cells outside the matrix (${listCells(merged)}). Unmerge them first.`,
      );
    }
    sheet.insertColumnsAfter(status, AGREEMENT_LABELS.length);
    const added = { ...layout, agreement: true };
    try {
      sheet
        .getRange(layout.headerRow, decisionColumn(added), 1, AGREEMENT_LABELS.length)
        .setValues([[...AGREEMENT_LABELS]]);
      const rows = matrix.matrix.initiatives.map((initiative) => initiative.row);
      if (rows.length > 0) {
        const first = rows[0];
        const last = rows[rows.length - 1];
        const known = new Set(rows);
        const decisions = Array.from({ length: last - first + 1 }, (_, i) => [
          known.has(first + i) ? DECISIONS[0] : "",
        ]);
        sheet.getRange(first, decisionColumn(added), decisions.length, 1).setValues(decisions);
      }
    } catch (error) {
      sheet.deleteColumns(status + 1, AGREEMENT_LABELS.length); // undo, so the sheet is as it was
      throw error;
    }
  });
}
