/**
 * Roles from the sidebar: add, rename (in one matrix, or every matrix that has the role), remove. Each
 * validates before it writes and goes through the change transaction (ops/change.ts): the document lock,
 * Sheets' own column operations (every code anyone typed stays in its cell), then a refresh.
 */
import type { GenerateResult, RenameResult } from "../../core/api";
import { MAX_ROLE_NAME_LENGTH, MAX_ROLES } from "../../core/limits";
import { normalizeName } from "../../core/names";
import { literal } from "../../core/plan/grid";
import { reservedRoleProblem } from "../../core/plan/headerColumns";
import { lastRoleColumn } from "../../core/plan/layout";
import { sheetNamed } from "../../sheets/locate";
import {
  columnName,
  listCells,
  addonMatrix,
  usersCellsInColumn,
  type AddonMatrix,
} from "../../sheets/addonMade";
import type { CharterMap } from "../../core/suggest/charterInput";
import { loadCharters, serialiseCharters, storeCharters } from "../../sheets/charterStore";
import { saveSettings } from "../../sheets/settingsStore";
import { describeErrors, messageOf } from "../ops/errors";
import { withDocumentLock } from "../ops/lock";
import { beginExecution } from "../ops/deadline";
import { change, changeLocked } from "../ops/change";
import { requiredText } from "../ops/input";
import { insertLine, matrixPlace } from "../ops/insertLine";

/** A role name that reads back as a role: text, not empty, not a header label. */
function roleName(value: unknown, field: string, what: string): string {
  const name = requiredText(value, field, what);
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
      const line = { dimension: "columns", after: lastRoleColumn(matrix.layout), count: 1 } as const;
      insertLine(matrixPlace(matrix), line, "adding a role", (column) =>
        matrix.sheet.getRange(matrix.layout.headerRow, column).setValue(literal(name)),
      );
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
  const oldName = requiredText(from, "from", "Current role name");
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

/**
 * The header, then what is keyed by the role's name: its own charter (the charter store is keyed by role)
 * and the owner pair. A failure puts back what was written, so nothing names a role that is not there.
 */
function renameIn(matrix: AddonMatrix, oldName: string, newName: string): void {
  const index = roleIndex(matrix, oldName);
  refuseDuplicateRole(matrix, newName, index);
  const header = matrix.sheet.getRange(matrix.layout.headerRow, matrix.layout.firstRoleColumn + index);
  const charters = loadCharters(matrix.sheet);
  const charter = charters.get(normalizeName(oldName));
  header.setValue(literal(newName));
  try {
    if (charter) {
      const moved = new Map(charters);
      moved.delete(normalizeName(oldName));
      moved.set(normalizeName(newName), charter);
      saveCharters(
        matrix.sheet,
        moved,
        matrix.roles.map((role, i) => (i === index ? newName : role)),
      );
    }
    renamePair(matrix, oldName, newName);
  } catch (error) {
    header.setValue(literal(matrix.roles[index]));
    if (charter) saveCharters(matrix.sheet, charters, matrix.roles); // as they were
    throw error;
  }
}

function saveCharters(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  charters: CharterMap,
  roles: string[],
): void {
  storeCharters(
    sheet,
    serialiseCharters(charters, new Map(roles.map((role) => [normalizeName(role), role]))),
  );
}

function renamePair(matrix: AddonMatrix, oldName: string, newName: string): void {
  const pair = matrix.settings.ownerPair;
  const isOld = (role: string) => normalizeName(role) === normalizeName(oldName);
  if (!pair || !pair.some(isOld)) return;
  const ownerPair: [string, string] = [
    isOld(pair[0]) ? newName : pair[0],
    isOld(pair[1]) ? newName : pair[1],
  ];
  saveSettings(matrix.sheet, { ...matrix.settings, ownerPair });
}

export function removeRole(sheetName: string | undefined, role: string): GenerateResult {
  const name = requiredText(role, "role", "Role name");
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
