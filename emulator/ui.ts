/**
 * Ui and Menu. Menus are recorded in emulator.ui.menus when addToUi() runs; an add-on menu's title is the
 * add-on's name. showSidebar/showModalDialog need the script.container.ui scope, which simple triggers
 * (AuthMode.LIMITED) do not have, so they throw there (see Kernel.beforeCall).
 */
import { Button, ButtonSet, type EnumValue, isEnumValue } from "./enums";
import { Messages, fail, typeList } from "./errors";
import { htmlState } from "./html";
import type { Api, MenuItem } from "./kernel";

export class MenuApi {
  readonly items: MenuItem[] = [];

  constructor(
    private readonly api: Api,
    readonly title: string,
  ) {}

  addItem(caption: unknown, functionName: unknown): this {
    this.items.push({ caption: String(caption), functionName: String(functionName) });
    return this;
  }

  addSeparator(): this {
    this.items.push("separator");
    return this;
  }

  addSubMenu(menu: unknown): this {
    const sub = menu as { title?: unknown; items?: unknown };
    if (typeof sub.title !== "string" || !Array.isArray(sub.items))
      fail(Messages.signature(typeList([menu]), "Menu.addSubMenu"));
    this.items.push({ caption: sub.title, items: [...(sub.items as MenuItem[])] });
    return this;
  }

  /** Re-adding a menu with the same title replaces it (onOpen runs on every open). */
  addToUi(): void {
    const menus = this.api.k.ui.menus;
    const entry = { title: this.title, items: [...this.items] };
    const at = menus.findIndex((m) => m.title === this.title);
    if (at >= 0) menus[at] = entry;
    else menus.push(entry);
  }
}

export interface PromptResponse {
  getResponseText(): string;
  getSelectedButton(): EnumValue;
}

export class UiApi {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(private readonly api: Api) {}

  createAddonMenu(): MenuApi {
    return this.api.wrap(new MenuApi(this.api, this.api.k.options.addonName), "Menu");
  }

  createMenu(caption: unknown): MenuApi {
    return this.api.wrap(new MenuApi(this.api, String(caption)), "Menu");
  }

  /**
   * alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons): recorded; answers with the next
   * of ui.answers, or OK/YES (https://developers.google.com/apps-script/reference/base/ui#alert(String,String,ButtonSet)).
   */
  alert(...args: unknown[]): EnumValue {
    const texts = args.filter((a): a is string => typeof a === "string");
    const buttons = args.find((a) => a === ButtonSet.YES_NO || a === ButtonSet.YES_NO_CANCEL);
    const choice = args.some((a) => isEnumValue(a, "ButtonSet") && a !== ButtonSet.OK);
    this.api.k.ui.alerts.push(texts.join("\n"));
    const answer = choice ? this.api.k.ui.answers?.shift() : undefined;
    if (answer) return Button[answer];
    return buttons ? Button.YES : Button.OK;
  }

  prompt(...args: unknown[]): PromptResponse {
    this.api.k.ui.alerts.push(args.filter((a): a is string => typeof a === "string").join("\n"));
    return { getResponseText: () => "", getSelectedButton: () => Button.OK };
  }

  showSidebar(userInterface: unknown): void {
    const html = htmlState(userInterface);
    if (!html) fail(Messages.signature(typeList([userInterface]), "Ui.showSidebar"));
    this.api.k.ui.sidebar = { title: html.title, html: html.content };
  }

  showModalDialog(userInterface: unknown, title: unknown): void {
    const html = htmlState(userInterface);
    if (!html) fail(Messages.signature(typeList([userInterface, title]), "Ui.showModalDialog"));
    this.api.k.ui.dialogs.push({ title: String(title), html: html.content, modal: true });
  }

  showModelessDialog(userInterface: unknown, title: unknown): void {
    const html = htmlState(userInterface);
    if (!html) fail(Messages.signature(typeList([userInterface, title]), "Ui.showModelessDialog"));
    this.api.k.ui.dialogs.push({ title: String(title), html: html.content, modal: false });
  }
}
