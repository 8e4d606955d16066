/**
 * SpreadsheetApp and Spreadsheet. insertSheet makes the new sheet active (Spreadsheet.insertSheet
 * reference) and rejects duplicate names with 'A sheet with the name "X" already exists. Please enter
 * another name.'
 */
import { parseA1 } from "./a1";
import { ConditionalFormatRuleBuilder } from "./conditional";
import {
  AuthMode,
  BooleanCriteria,
  BorderStyle,
  DataValidationCriteria,
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  ProtectionType,
  SheetType,
  WrapStrategy,
  isEnumValue,
} from "./enums";
import { Messages, fail, typeList } from "./errors";
import { requireInt, requireRange, requireSheet } from "./handles";
import type { Api } from "./kernel";
import {
  DeveloperMetadataApi,
  DeveloperMetadataFinderApi,
  type MetadataOwner,
  addMetadata,
  metadataFacades,
} from "./metadata";
import { ProtectionApi } from "./protection";
import { RangeApi, checkedRect } from "./range";
import { RangeListApi } from "./range-list";
import { SheetApi } from "./sheet";
import { UserApi, userOf } from "./session";
import { UiApi } from "./ui";
import { DataValidationBuilder } from "./validation";

export class SpreadsheetApi {
  constructor(private readonly api: Api) {}

  private get wb() {
    return this.api.k.wb;
  }

  private sheet(model: SheetApi["model"]): SheetApi {
    return this.api.wrap(new SheetApi(this.api, model), "Sheet");
  }

  private owner(): MetadataOwner {
    const wb = this.wb;
    return { list: () => wb.metadata, setList: (l) => (wb.metadata = l), sheet: null };
  }

  getId(): string {
    return this.wb.id;
  }
  getName(): string {
    return this.wb.name;
  }
  rename(newName: unknown): void {
    this.wb.name = String(newName);
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.wb.id}/edit`;
  }
  getOwner(): UserApi {
    return userOf(this.api, this.api.k.options.owner);
  }
  getSpreadsheetTimeZone(): string {
    return this.wb.timeZone;
  }
  setSpreadsheetTimeZone(timezone: unknown): void {
    this.wb.timeZone = String(timezone);
  }
  getSpreadsheetLocale(): string {
    return this.wb.locale;
  }

  getSheets(): SheetApi[] {
    return this.wb.sheets.map((s) => this.sheet(s));
  }
  getNumSheets(): number {
    return this.wb.sheets.length;
  }
  getSheetByName(name: unknown): SheetApi | null {
    const model = this.wb.sheetByName(String(name));
    return model ? this.sheet(model) : null;
  }
  getActiveSheet(): SheetApi {
    return this.sheet(this.wb.activeSheet());
  }
  setActiveSheet(sheet: unknown): SheetApi {
    const model = requireSheet(sheet, "SpreadsheetApp.Spreadsheet.setActiveSheet");
    this.wb.activeSheetId = model.id;
    model.hidden = false;
    return this.sheet(model);
  }

  /** insertSheet(), (sheetIndex), (sheetName), (sheetName, sheetIndex); sheetIndex is 0-based. */
  insertSheet(...args: unknown[]): SheetApi {
    const [a, b] = args;
    const m = "SpreadsheetApp.Spreadsheet.insertSheet";
    let name: string | undefined;
    let index: number | undefined;
    if (typeof a === "string") {
      name = a;
      if (b !== undefined) index = requireInt(b, m, args);
    } else if (typeof a === "number") {
      index = requireInt(a, m, args);
    } else if (a !== undefined && (typeof a !== "object" || a === null)) {
      fail(Messages.signature(typeList(args), m));
    }
    return this.sheet(this.wb.addSheet(name, index));
  }
  deleteSheet(sheet: unknown): void {
    this.wb.removeSheet(requireSheet(sheet, "SpreadsheetApp.Spreadsheet.deleteSheet"));
  }
  deleteActiveSheet(): SheetApi {
    this.wb.removeSheet(this.wb.activeSheet());
    return this.sheet(this.wb.activeSheet());
  }

  /** Records the toast (Spreadsheet.toast(msg, title?, timeoutSeconds?)). */
  toast(msg: unknown, title?: unknown, timeoutSeconds?: unknown): void {
    this.wb.toasts.push({
      message: String(msg),
      title: title === undefined || title === null ? "" : String(title),
      timeoutSeconds: typeof timeoutSeconds === "number" ? timeoutSeconds : 5,
    });
  }

  /** Spreadsheet.getRange("Sheet1!A1:B2"); without a sheet name, the active sheet. */
  getRange(a1Notation: unknown): RangeApi {
    if (typeof a1Notation !== "string")
      fail(Messages.signature(typeList([a1Notation]), "SpreadsheetApp.Spreadsheet.getRange"));
    const parsed = parseA1(a1Notation, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
    if (!parsed) fail(Messages.rangeNotFound);
    const model =
      parsed.sheetName === undefined ? this.wb.activeSheet() : this.wb.sheetByName(parsed.sheetName);
    if (!model) fail(Messages.rangeNotFound);
    const again = parseA1(a1Notation, model.maxRows, model.maxCols);
    if (!again) fail(Messages.rangeNotFound);
    const { r, c, h, w } = again.rect;
    return this.api.wrap(new RangeApi(this.api, model, checkedRect(model, r + 1, c + 1, h, w)), "Range");
  }

  getActiveRange(): RangeApi | null {
    const active = this.wb.activeRange;
    const model = active ? this.wb.sheetById(active.sheetId) : undefined;
    if (!active || !model)
      return this.api.wrap(
        new RangeApi(this.api, this.wb.activeSheet(), { r: 0, c: 0, h: 1, w: 1 }),
        "Range",
      );
    return this.api.wrap(new RangeApi(this.api, model, active.rect), "Range");
  }
  /**
   * The selection's ranges (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getActiveRangeList()),
   * or null without one. The emulator keeps one selected range per window, so the list holds that one.
   */
  getActiveRangeList(): RangeListApi | null {
    const active = this.wb.activeRange;
    const model = active ? this.wb.sheetById(active.sheetId) : undefined;
    if (!active || !model) return null;
    return this.api.wrap(new RangeListApi([new RangeApi(this.api, model, active.rect)]), "RangeList");
  }
  getActiveCell(): RangeApi | null {
    const range = this.getActiveRange();
    if (!range) return null;
    const { sheet, rect } = requireRange(range, "SpreadsheetApp.Spreadsheet.getActiveCell");
    return this.api.wrap(new RangeApi(this.api, sheet, { r: rect.r, c: rect.c, h: 1, w: 1 }), "Range");
  }
  setActiveRange(range: unknown): RangeApi {
    const { sheet, rect } = requireRange(range, "SpreadsheetApp.Spreadsheet.setActiveRange");
    this.wb.activeSheetId = sheet.id;
    this.wb.activeRange = { sheetId: sheet.id, rect };
    return this.api.wrap(new RangeApi(this.api, sheet, rect), "Range");
  }
  setActiveSelection(range: unknown): RangeApi {
    return this.setActiveRange(typeof range === "string" ? this.getRange(range) : range);
  }

  getProtections(type: unknown): ProtectionApi[] {
    if (!isEnumValue(type, "ProtectionType"))
      fail(Messages.signature(typeList([type]), "SpreadsheetApp.Spreadsheet.getProtections"));
    return this.wb.sheets.flatMap((s) =>
      s.protections
        .filter((p) => ProtectionType[p.type] === type)
        .map((p) => this.api.wrap(new ProtectionApi(this.api, s, p), "Protection")),
    );
  }

  addDeveloperMetadata(...args: unknown[]): this {
    addMetadata(this.api, this.owner(), args, "SpreadsheetApp.Spreadsheet.addDeveloperMetadata");
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadataApi[] {
    return metadataFacades(this.api, this.owner());
  }
  /** Searches the spreadsheet's and every sheet's metadata. */
  createDeveloperMetadataFinder(): DeveloperMetadataFinderApi {
    const owners: MetadataOwner[] = [
      this.owner(),
      ...this.wb.sheets.map((s): MetadataOwner => ({
        list: () => s.metadata,
        setList: (l) => (s.metadata = l),
        sheet: s,
      })),
    ];
    return this.api.wrap(new DeveloperMetadataFinderApi(this.api, owners), "DeveloperMetadataFinder");
  }

  toString(): string {
    return "Spreadsheet";
  }
}

/** The SpreadsheetApp global. Rule builders are local objects and are not counted. */
export class SpreadsheetAppApi {
  readonly AutoFillSeries = Object.freeze({
    DEFAULT_SERIES: "DEFAULT_SERIES",
    ALTERNATE_SERIES: "ALTERNATE_SERIES",
  });
  readonly BooleanCriteria = BooleanCriteria;
  readonly BorderStyle = BorderStyle;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly ProtectionType = ProtectionType;
  readonly SheetType = SheetType;
  readonly WrapStrategy = WrapStrategy;
  readonly AuthMode = AuthMode;

  constructor(private readonly api: Api) {}

  getActiveSpreadsheet(): SpreadsheetApi {
    return this.api.wrap(new SpreadsheetApi(this.api), "Spreadsheet");
  }
  getActive(): SpreadsheetApi {
    return this.getActiveSpreadsheet();
  }
  getActiveSheet(): SheetApi {
    return this.api.wrap(new SheetApi(this.api, this.api.k.wb.activeSheet()), "Sheet");
  }
  getActiveRange(): RangeApi | null {
    return new SpreadsheetApi(this.api).getActiveRange();
  }
  getUi(): UiApi {
    return this.api.wrap(new UiApi(this.api), "Ui");
  }
  /** Commits the execution's pending writes (Kernel.afterCall: pending.ts calls this kind "flush"). */
  flush(): void {}
  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.api);
  }
  newDataValidation(): DataValidationBuilder {
    return new DataValidationBuilder(this.api);
  }
}

/** SpreadsheetApp methods that only build local objects (not service calls). */
export const LOCAL_SPREADSHEETAPP_METHODS = new Set(["newConditionalFormatRule", "newDataValidation"]);
