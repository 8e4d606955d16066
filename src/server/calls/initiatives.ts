/**
 * Initiatives from the sidebar: add, remove, move one place up or down. Each validates before it writes and
 * goes through the change transaction (ops/change.ts): the document lock, Sheets' own row operations (the
 * whole row moves, so what people keep beside it stays beside it), then a refresh.
 */
import type { GenerateResult } from "../../core/api";
import { normalizeName } from "../../core/names";
import { literal } from "../../core/plan/grid";
import { decisionColumn, DECISIONS, firstDataRow, reservedInitiativeProblem } from "../../core/plan/layout";
import { listCells, usersCellsInRow, type AddonMatrix } from "../../sheets/addonMade";
import { describeErrors } from "../ops/errors";
import { change } from "../ops/change";
import { requiredText } from "../ops/input";
import { insertLine, matrixPlace } from "../ops/insertLine";

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
  const name = requiredText(initiative, "initiative", "Initiative name");
  const reserved = reservedInitiativeProblem(name);
  if (reserved)
    throw new Error(describeErrors("Nothing was changed:", [{ field: "initiative", message: reserved }]));
  const areaText =
    area === undefined || area === null || area === "" ? "" : requiredText(area, "area", "Area");
  return change(
    sheetName,
    `Initiative "${name}" was added`,
    (matrix) => {
      const { layout, sheet } = matrix;
      const { initiatives } = matrix.matrix;
      // Below the header, or below the people row when the matrix has one.
      const last = initiatives.length ? initiatives[initiatives.length - 1].row : firstDataRow(layout) - 1;
      // A new initiative goes right below the last one, in a row of its own, so the spare rows stay spare.
      const line = { dimension: "rows", after: last, count: 1 } as const;
      insertLine(matrixPlace(matrix), line, "adding an initiative", (row) => {
        if (layout.areaColumn !== null && layout.areaColumn === layout.nameColumn - 1) {
          sheet.getRange(row, layout.areaColumn, 1, 2).setValues([[literal(areaText), literal(name)]]);
        } else {
          sheet.getRange(row, layout.nameColumn).setValue(literal(name));
          if (layout.areaColumn !== null) sheet.getRange(row, layout.areaColumn).setValue(literal(areaText));
        }
        // A new initiative starts as a proposal, like every row of a new matrix.
        if (layout.agreement === true) sheet.getRange(row, decisionColumn(layout)).setValue(DECISIONS[0]);
      });
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
    row === undefined
      ? requiredText(initiative, "initiative", "Initiative name")
      : String(initiative ?? "").trim();
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
    row === undefined
      ? requiredText(initiative, "initiative", "Initiative name")
      : String(initiative ?? "").trim();
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
