/**
 * Developer metadata on the spreadsheet or a sheet (addDeveloperMetadata, getDeveloperMetadata,
 * createDeveloperMetadataFinder). Metadata on a sheet stays with the sheet through renames and row or
 * column changes.
 */
import {
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  type EnumValue,
  isEnumValue,
} from "./enums";
import { Messages, fail, typeList } from "./errors";
import type { Api } from "./kernel";
import { SheetApi } from "./sheet";
import type { MetadataModel, SheetModel } from "./sheet-model";

export interface MetadataOwner {
  list(): MetadataModel[];
  setList(list: MetadataModel[]): void;
  sheet: SheetModel | null;
}

/** addDeveloperMetadata(key), (key, value), (key, visibility), (key, value, visibility). */
export function addMetadata(api: Api, owner: MetadataOwner, args: unknown[], method: string): void {
  const [key, second, third] = args;
  if (typeof key !== "string" || key === "") fail(Messages.signature(typeList(args), method));
  let value: string | null = null;
  let visibility: EnumValue = DeveloperMetadataVisibility.DOCUMENT;
  if (isEnumValue(second, "DeveloperMetadataVisibility")) visibility = second;
  else if (second !== undefined && second !== null) value = String(second);
  if (isEnumValue(third, "DeveloperMetadataVisibility")) visibility = third;
  const model: MetadataModel = {
    id: api.k.wb.nextId(),
    key,
    value,
    visibility: String(visibility) === "PROJECT" ? "PROJECT" : "DOCUMENT",
  };
  owner.setList([...owner.list(), model]);
}

export class DeveloperMetadataLocationApi {
  constructor(
    private readonly api: Api,
    private readonly owner: MetadataOwner,
  ) {}

  getLocationType(): EnumValue {
    return this.owner.sheet ? DeveloperMetadataLocationType.SHEET : DeveloperMetadataLocationType.SPREADSHEET;
  }

  getSheet(): unknown {
    return this.owner.sheet ? this.api.wrap(new SheetApi(this.api, this.owner.sheet), "Sheet") : null;
  }
}

export class DeveloperMetadataApi {
  constructor(
    private readonly api: Api,
    private readonly owner: MetadataOwner,
    private readonly model: MetadataModel,
  ) {}

  getId(): number {
    return this.model.id;
  }
  getKey(): string {
    return this.model.key;
  }
  getValue(): string | null {
    return this.model.value;
  }
  getVisibility(): EnumValue {
    return DeveloperMetadataVisibility[this.model.visibility];
  }
  setKey(key: unknown): this {
    this.model.key = String(key);
    return this;
  }
  setValue(value: unknown): this {
    this.model.value = value === null || value === undefined ? null : String(value);
    return this;
  }
  setVisibility(visibility: unknown): this {
    this.model.visibility = String(visibility) === "PROJECT" ? "PROJECT" : "DOCUMENT";
    return this;
  }
  getLocation(): DeveloperMetadataLocationApi {
    return this.api.wrap(new DeveloperMetadataLocationApi(this.api, this.owner), "DeveloperMetadataLocation");
  }
  remove(): void {
    this.owner.setList(this.owner.list().filter((m) => m !== this.model));
  }
}

export function metadataFacades(api: Api, owner: MetadataOwner): DeveloperMetadataApi[] {
  return owner.list().map((m) => api.wrap(new DeveloperMetadataApi(api, owner, m), "DeveloperMetadata"));
}

/** DeveloperMetadataFinder: withKey/withValue/withId/withVisibility filters, then find(). */
export class DeveloperMetadataFinderApi {
  private filters: ((m: MetadataModel) => boolean)[] = [];

  constructor(
    private readonly api: Api,
    private readonly owners: MetadataOwner[],
  ) {}

  withKey(key: unknown): this {
    this.filters.push((m) => m.key === String(key));
    return this;
  }
  withValue(value: unknown): this {
    this.filters.push((m) => m.value === String(value));
    return this;
  }
  withId(id: unknown): this {
    this.filters.push((m) => m.id === Number(id));
    return this;
  }
  withVisibility(visibility: unknown): this {
    this.filters.push((m) => m.visibility === String(visibility));
    return this;
  }
  find(): DeveloperMetadataApi[] {
    return this.owners.flatMap((owner) =>
      owner
        .list()
        .filter((m) => this.filters.every((f) => f(m)))
        .map((m) => this.api.wrap(new DeveloperMetadataApi(this.api, owner, m), "DeveloperMetadata")),
    );
  }
}
