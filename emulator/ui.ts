/**
 * Ui and Menu. Menus are recorded in emulator.ui.menus when addToUi() runs; an add-on menu's title is the
 * add-on's name. showSidebar/showModalDialog need the script.container.ui scope, which simple triggers
 * (AuthMode.LIMITED) do not have, so they throw there (see Kernel.beforeCall).
 */
import { Button, ButtonSet, type EnumValue, isEnumValue } from "./enums";
import { Messages, fail, typeList } from "./errors";
import { htmlState } from "./html";
import type { Api, ButtonName, MenuItem } from "./kernel";

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

/** The buttons each ButtonSet shows, in order (Ui reference, ButtonSet). */
const BUTTONS_OF: Record<string, ButtonName[]> = {
  OK: ["OK"],
  OK_CANCEL: ["OK", "CANCEL"],
  YES_NO: ["YES", "NO"],
  YES_NO_CANCEL: ["YES", "NO", "CANCEL"],
};

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
   * alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons): answers with the next of
   * ui.answers, else what ui.ask says (a person, in the local preview), else OK/YES
   * (https://developers.google.com/apps-script/reference/base/ui#alert(String,String,ButtonSet): "Opens a
   * dialog box in the user's editor with the given title, message, and set of buttons. This method suspends
   * the server-side script while the dialog is open").
   */
  alert(...args: unknown[]): EnumValue {
    const texts = args.filter((a): a is string => typeof a === "string");
    const set = args.find((a): a is EnumValue => isEnumValue(a, "ButtonSet"));
    const ui = this.api.k.ui;
    const buttons = set === undefined ? [] : (BUTTONS_OF[set.name()] ?? []);
    if (buttons.length > 1) {
      const given = ui.answers?.shift();
      if (given === undefined && ui.ask) {
        const [title, prompt] = texts.length > 1 ? texts : ["", texts[0] ?? ""];
        return Button[ui.ask({ title, prompt, buttons })];
      }
      ui.alerts.push(texts.join("\n"));
      if (given) return Button[given];
      return set === ButtonSet.YES_NO || set === ButtonSet.YES_NO_CANCEL ? Button.YES : Button.OK;
    }
    ui.alerts.push(texts.join("\n"));
    return Button.OK;
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
