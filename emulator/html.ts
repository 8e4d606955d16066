/**
 * HtmlService and HtmlOutput. createHtmlOutputFromFile(name) reads `${htmlRoot}/${name}.html` (Apps Script
 * resolves project files by name, ".html" optional) and throws "No HTML file named X was found." when
 * there is none.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type EnumValue, SandboxMode, XFrameOptionsMode, isEnumValue } from "./enums";
import { Messages, fail } from "./errors";
import type { Api } from "./kernel";

export const HTML = Symbol("emulator.html");

export interface HtmlState {
  title: string;
  content: string;
  width: number;
  height: number;
  sandbox: EnumValue;
  xFrame: EnumValue;
  metaTags: { name: string; content: string }[];
}

export function htmlState(x: unknown): HtmlState | undefined {
  if (typeof x !== "object" || x === null) return undefined;
  return (x as { [HTML]?: HtmlState })[HTML];
}

export class HtmlOutputApi {
  readonly [HTML]: HtmlState;

  constructor(content: string) {
    this[HTML] = {
      title: "",
      content,
      width: 300,
      height: 200,
      sandbox: SandboxMode.IFRAME,
      xFrame: XFrameOptionsMode.DEFAULT,
      metaTags: [],
    };
  }

  setTitle(title: unknown): this {
    this[HTML].title = String(title);
    return this;
  }
  getTitle(): string {
    return this[HTML].title;
  }
  setWidth(width: unknown): this {
    this[HTML].width = Number(width);
    return this;
  }
  getWidth(): number {
    return this[HTML].width;
  }
  setHeight(height: unknown): this {
    this[HTML].height = Number(height);
    return this;
  }
  getHeight(): number {
    return this[HTML].height;
  }
  getContent(): string {
    return this[HTML].content;
  }
  setContent(content: unknown): this {
    this[HTML].content = String(content);
    return this;
  }
  append(addedContent: unknown): this {
    this[HTML].content += String(addedContent);
    return this;
  }
  clear(): this {
    this[HTML].content = "";
    return this;
  }
  setSandboxMode(mode: unknown): this {
    this[HTML].sandbox = isEnumValue(mode, "SandboxMode") ? mode : SandboxMode.IFRAME;
    return this;
  }
  getSandboxMode(): EnumValue {
    return this[HTML].sandbox;
  }
  setXFrameOptionsMode(mode: unknown): this {
    this[HTML].xFrame = isEnumValue(mode, "XFrameOptionsMode") ? mode : XFrameOptionsMode.DEFAULT;
    return this;
  }
  addMetaTag(name: unknown, content: unknown): this {
    this[HTML].metaTags.push({ name: String(name), content: String(content) });
    return this;
  }
  setFaviconUrl(_iconUrl: unknown): this {
    return this;
  }
}

export class HtmlServiceApi {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(private readonly api: Api) {}

  createHtmlOutput(html?: unknown): HtmlOutputApi {
    return this.api.wrap(
      new HtmlOutputApi(html === undefined || html === null ? "" : String(html)),
      "HtmlOutput",
    );
  }

  createHtmlOutputFromFile(filename: unknown): HtmlOutputApi {
    const name = String(filename);
    const file = join(this.api.k.options.htmlRoot, name.endsWith(".html") ? name : `${name}.html`);
    if (!existsSync(file)) fail(Messages.noHtmlFile(name));
    return this.api.wrap(new HtmlOutputApi(readFileSync(file, "utf8")), "HtmlOutput");
  }
}
