/**
 * PropertiesService with the documented limits (Quotas for Google Services: "Properties value size
 * 9 KB / val", "Properties total storage 500 KB / property store"). Values are stored as strings.
 */
import { Messages, fail } from "./errors";
import type { Api } from "./kernel";

export const VALUE_LIMIT_BYTES = 9 * 1024;
export const STORE_LIMIT_BYTES = 500 * 1024;

export type PropertyStore = Map<string, string>;

const bytes = (s: string): number => Buffer.byteLength(s, "utf8");

function storeBytes(store: PropertyStore): number {
  let total = 0;
  for (const [k, v] of store) total += bytes(k) + bytes(v);
  return total;
}

export class PropertiesApi {
  constructor(private readonly store: PropertyStore) {}

  getProperty(key: unknown): string | null {
    return this.store.get(String(key)) ?? null;
  }

  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }

  getKeys(): string[] {
    return [...this.store.keys()];
  }

  /** Applies a batch of changes atomically, checking both quotas first. */
  private apply(entries: [string, string][], replaceAll: boolean): void {
    for (const [, v] of entries) if (bytes(v) > VALUE_LIMIT_BYTES) fail(Messages.propertyValueTooLarge);
    const next: PropertyStore = replaceAll ? new Map() : new Map(this.store);
    for (const [k, v] of entries) next.set(k, v);
    if (storeBytes(next) > STORE_LIMIT_BYTES) fail(Messages.propertyStoreFull);
    this.store.clear();
    for (const [k, v] of next) this.store.set(k, v);
  }

  setProperty(key: unknown, value: unknown): this {
    this.apply([[String(key), String(value)]], false);
    return this;
  }

  setProperties(properties: unknown, deleteAllOthers?: unknown): this {
    const entries = Object.entries((properties ?? {}) as Record<string, unknown>).map(
      ([k, v]): [string, string] => [k, String(v)],
    );
    this.apply(entries, deleteAllOthers === true);
    return this;
  }

  deleteProperty(key: unknown): this {
    this.store.delete(String(key));
    return this;
  }

  deleteAllProperties(): this {
    this.store.clear();
    return this;
  }
}

export interface PropertyStores {
  document: PropertyStore;
  script: PropertyStore;
  user: Map<string, PropertyStore>;
}

export function emptyStores(): PropertyStores {
  return { document: new Map(), script: new Map(), user: new Map() };
}

export class PropertiesServiceApi {
  constructor(
    private readonly api: Api,
    private readonly stores: PropertyStores,
  ) {}

  getDocumentProperties(): PropertiesApi {
    return this.api.wrap(new PropertiesApi(this.stores.document), "Properties");
  }

  getScriptProperties(): PropertiesApi {
    return this.api.wrap(new PropertiesApi(this.stores.script), "Properties");
  }

  getUserProperties(): PropertiesApi {
    const user = this.api.k.options.user;
    let store = this.stores.user.get(user);
    if (!store) {
      store = new Map();
      this.stores.user.set(user, store);
    }
    return this.api.wrap(new PropertiesApi(store), "Properties");
  }
}
