/**
 * Applies a SheetPlan with batched calls: a call per format and grid of each block, one for validation,
 * one for all highlighting rules. The number of calls does not depend on the size of the matrix.
 * (Apps Script best practices: batch reads and writes, https://developers.google.com/apps-script/guides/support/best-practices)
 */
import { a1 } from "../core/a1";
import type { CellBlock, GridRange, SheetPlan } from "../core/plan/types";
import { applyChart } from "./chart";
import { isAddonProtection, isAddonRule } from "./addonMade";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function applyPlan(sheet: Sheet, plan: SheetPlan): void {
  resize(sheet, plan);
  for (const block of plan.blocks) applyBlock(sheet, block);
  for (const { column, count, width } of plan.columnWidths) sheet.setColumnWidths(column, count, width);
  if (plan.hiddenColumn !== null) sheet.hideColumns(plan.hiddenColumn);
  if (plan.frozenRows !== null) sheet.setFrozenRows(plan.frozenRows);
  if (plan.frozenColumns !== null) sheet.setFrozenColumns(plan.frozenColumns);

  // Warning mode: typed aliases ("ra") must reach onEdit to be canonicalised, and anything else (a code or a
  // decision outside the list) stays visible, highlighted and reported instead of being rejected.
  const dropdowns = [
    {
      ranges: plan.codeValidation.ranges,
      values: plan.codeValidation.codes,
      helpText: plan.codeValidation.helpText,
    },
    ...(plan.decisionValidation ? [plan.decisionValidation] : []),
  ];
  for (const { ranges, values, helpText } of dropdowns) {
    const validation = SpreadsheetApp.newDataValidation()
      .requireValueInList(values, true)
      .setAllowInvalid(true)
      .setHelpText(helpText)
      .build();
    // One call per run of initiatives: one for a generated matrix, one more per section of an adopted table.
    for (const range of ranges) rangeOf(sheet, range).setDataValidation(validation);
  }

  const rules = plan.highlightRules.map((rule) => {
    const builder = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(rule.formula)
      .setBackground(rule.background)
      .setRanges(rangesOf(sheet, rule.ranges));
    return (rule.bold ? builder.setBold(true) : builder).build();
  });
  // setConditionalFormatRules replaces every rule of the sheet: keep the users' own, in their order, after
  // the add-on's (https://developers.google.com/apps-script/reference/spreadsheet/sheet#setConditionalFormatRules(ConditionalFormatRule)).
  const area = bounds(plan);
  const users = sheet.getConditionalFormatRules().filter((rule) => !isAddonRule(rule, area));
  sheet.setConditionalFormatRules([...rules, ...users]);

  replaceProtections(sheet, plan.protections);
  if (plan.chart) applyChart(sheet, plan.chart);
}

/** The rectangle around everything the plan writes rules and protections on: the matrix. */
function bounds(plan: SheetPlan): GridRange {
  const ranges = [
    ...plan.codeValidation.ranges,
    ...plan.highlightRules.flatMap((rule) => rule.ranges),
    ...plan.protections.map((p) => p.range),
  ];
  const top = Math.min(...ranges.map((r) => r.row));
  const left = Math.min(...ranges.map((r) => r.column));
  const bottom = Math.max(...ranges.map((r) => r.row + r.numRows));
  const right = Math.max(...ranges.map((r) => r.column + r.numColumns));
  return { row: top, column: left, numRows: bottom - top, numColumns: right - left };
}

/**
/**
 * Protections the add-on made earlier name it in their descriptions, or have none at all when an
 * interrupted run protected a range but failed before describing it; replace those, and leave anyone
 * else's alone.
 *
 * A collaborator may not be allowed to remove a protection someone else created: canEdit() first, as
 * Google's sample does (https://developers.google.com/apps-script/reference/spreadsheet/protection-type),
 * so a refusal never fails the refresh. Such a protection is kept, and not protected twice when it still
 * covers its range; the next refresh by its creator or the owner replaces it.
 */
export function replaceProtections(sheet: Sheet, protections: SheetPlan["protections"]): void {
  const wanted = protections.map((p) => ({ ...p, a1: rangeOf(sheet, p.range).getA1Notation() }));
  const ranges = new Set(wanted.map((p) => p.a1));
  const kept = new Set<string>();
  for (const existing of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
    const description = existing.getDescription();
    const a1 = existing.getRange().getA1Notation();
    if (!isAddonProtection(description, description === "" ? a1 : "", ranges)) continue;
    if (!removed(existing)) kept.add(`${description}\n${a1}`);
  }
  for (const { range, description, a1 } of wanted) {
    if (kept.has(`${description}\n${a1}`)) continue;
    rangeOf(sheet, range).protect().setDescription(description).setWarningOnly(true);
  }
}

/** A transient failure of remove() still throws, so the caller's retry or rollback sees it. */
function removed(protection: GoogleAppsScript.Spreadsheet.Protection): boolean {
  if (!protection.canEdit()) return false;
  protection.remove();
  return true;
}

export function applyBlock(sheet: Sheet, block: CellBlock): void {
  const range = rangeOf(sheet, block.range);
  const format = block.format ?? {};
  if (format.background !== undefined) range.setBackground(format.background);
  if (format.fontColor !== undefined) range.setFontColor(format.fontColor);
  if (format.fontWeight !== undefined) range.setFontWeight(format.fontWeight);
  if (format.fontSize !== undefined) range.setFontSize(format.fontSize);
  if (format.alignment !== undefined) range.setHorizontalAlignment(format.alignment);
  if (format.wrap !== undefined) range.setWrap(format.wrap);
  if (block.values) range.setValues(block.values);
  if (block.backgrounds) range.setBackgrounds(block.backgrounds);
  if (block.fontWeights) range.setFontWeights(block.fontWeights);
  if (block.fontColors) range.setFontColors(block.fontColors);
  if (block.alignments) range.setHorizontalAlignments(block.alignments);
  if (block.notes) range.setNotes(block.notes);
}

/** One call per dimension that differs, whatever the size of the matrix. */
function resize(sheet: Sheet, { minRows, minColumns, exactSize }: SheetPlan): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < minRows) sheet.insertRowsAfter(maxRows, minRows - maxRows);
  else if (exactSize && maxRows > minRows) sheet.deleteRows(minRows + 1, maxRows - minRows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < minColumns) sheet.insertColumnsAfter(maxColumns, minColumns - maxColumns);
  else if (exactSize && maxColumns > minColumns) sheet.deleteColumns(minColumns + 1, maxColumns - minColumns);
}

/**
 * A rule's ranges: one call for one range, two (a RangeList) for several, however many sections or totals
 * of an adopted table split its rows into runs.
 */
function rangesOf(sheet: Sheet, ranges: GridRange[]): GoogleAppsScript.Spreadsheet.Range[] {
  if (ranges.length === 1) return [rangeOf(sheet, ranges[0])];
  const a1s = ranges.map(
    (r) => `${a1(r.row, r.column)}:${a1(r.row + r.numRows - 1, r.column + r.numColumns - 1)}`,
  );
  return sheet.getRangeList(a1s).getRanges();
}

export function rangeOf(
  sheet: Sheet,
  { row, column, numRows, numColumns }: GridRange,
): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(row, column, numRows, numColumns);
}
