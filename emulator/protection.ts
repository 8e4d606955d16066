/**
 * Protection (Range.protect, Sheet.protect, Sheet.getProtections). Warning-only protections block nothing;
 * others block users who are neither the owner nor listed editors (checked by editAsUser). Scripts run as
 * the user, who is an editor of the protections they create.
 *
 * Who may change a protection (https://developers.google.com/apps-script/reference/spreadsheet/protection):
 * canEdit() is true for the spreadsheet owner ("always able to edit protected ranges and sheets") and the
 * protection's editors; Google's own sample (ProtectionType reference) guards remove() with canEdit(). The
 * emulator refuses remove() and editor changes for anyone else, warning-only protections included, so a
 * collaborator's refresh meets the protection someone else created as it would in Sheets.
 */
import type { Rect } from "./a1";
import { type EnumValue, ProtectionType } from "./enums";
import { Messages, fail } from "./errors";
import { requireRange } from "./handles";
import type { Api } from "./kernel";
import { RangeApi } from "./range";
import { UserApi, userOf } from "./session";
import type { ProtectionModel, SheetModel } from "./sheet-model";

export function newProtection(
  api: Api,
  sheet: SheetModel,
  type: "RANGE" | "SHEET",
  rect?: Rect,
): ProtectionModel {
  const model: ProtectionModel = {
    id: api.k.wb.nextId(),
    type,
    rect,
    description: "",
    warningOnly: false,
    editors: [...new Set([api.k.options.owner, api.k.options.user].filter((e) => e !== ""))],
    unprotected: [],
  };
  sheet.protections.push(model);
  return model;
}

function emailOf(x: unknown): string {
  // read the field, not getEmail(), so passing a User does not count as a call
  return x instanceof UserApi ? x.email : String(x);
}

export class ProtectionApi {
  constructor(
    private readonly api: Api,
    private readonly sheet: SheetModel,
    private readonly model: ProtectionModel,
  ) {}

  getProtectionType(): EnumValue {
    return ProtectionType[this.model.type];
  }

  getRange(): RangeApi {
    const rect = this.model.rect ?? { r: 0, c: 0, h: this.sheet.maxRows, w: this.sheet.maxCols };
    return this.api.wrap(new RangeApi(this.api, this.sheet, rect), "Range");
  }

  setRange(range: unknown): this {
    this.model.rect = requireRange(range, "Protection.setRange").rect;
    return this;
  }

  getDescription(): string {
    return this.model.description;
  }

  setDescription(description: unknown): this {
    this.model.description = String(description ?? "");
    return this;
  }

  isWarningOnly(): boolean {
    return this.model.warningOnly;
  }

  setWarningOnly(warningOnly: unknown): this {
    this.model.warningOnly = warningOnly === true;
    return this;
  }

  canEdit(): boolean {
    const user = this.api.k.options.user;
    return user === this.api.k.options.owner || this.model.editors.includes(user);
  }

  private requireEditor(): void {
    if (!this.canEdit()) fail(Messages.protectionNotEditable);
  }

  canDomainEdit(): boolean {
    return false;
  }

  setDomainEdit(_editable: unknown): this {
    return this;
  }

  getEditors(): UserApi[] {
    this.requireEditor();
    return this.model.editors.map((e) => userOf(this.api, e));
  }

  addEditor(user: unknown): this {
    this.requireEditor();
    const email = emailOf(user);
    if (!this.model.editors.includes(email)) this.model.editors.push(email);
    return this;
  }

  addEditors(users: unknown): this {
    if (Array.isArray(users)) for (const u of users) this.addEditor(u);
    return this;
  }

  removeEditor(user: unknown): this {
    this.requireEditor();
    const email = emailOf(user);
    this.model.editors = this.model.editors.filter((e) => e !== email);
    return this;
  }

  removeEditors(users: unknown): this {
    if (Array.isArray(users)) for (const u of users) this.removeEditor(u);
    return this;
  }

  getUnprotectedRanges(): RangeApi[] {
    return this.model.unprotected.map((rect) =>
      this.api.wrap(new RangeApi(this.api, this.sheet, rect), "Range"),
    );
  }

  setUnprotectedRanges(ranges: unknown): this {
    if (Array.isArray(ranges))
      this.model.unprotected = ranges.map((r) => requireRange(r, "Protection.setUnprotectedRanges").rect);
    return this;
  }

  remove(): void {
    this.requireEditor();
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this.model);
  }
}
