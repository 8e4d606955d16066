/**
 * What the sidebar's browser tests share: one preview, Chromium and sidebar page per file, axe-core's verdict
 * and the sidebar's confirmations.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { startPreview, type Preview } from "../../preview/server";
import type { AddonApp, Result } from "./addon";
import { launchChromium } from "./browser";

const AXE = join(__dirname, "../../node_modules/axe-core/axe.min.js");

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[] }[];
}

/** axe-core's violations on the page (or inside `selector`), each with the elements at fault. */
export async function axeViolations(
  page: Page,
  selector?: string,
): Promise<{ id: string; help: string; targets: string[] }[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async (within) => {
    const axe = (
      window as unknown as {
        axe: { run(context: Element | Document): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const context = within ? (document.querySelector(within) ?? document) : document;
    const result = await axe.run(context);
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(" ")),
    }));
  }, selector ?? null);
}

/** Waits for the sidebar's confirmation; fails at once with the alert's text if the call failed instead. */
export async function confirmed(page: Page, text: string): Promise<void> {
  const success = page.getByRole("status").getByText(text, { exact: false });
  const failure = page.getByRole("alert").locator("p");
  await success.or(failure).first().waitFor();
  if (await failure.isVisible()) throw new Error(`The sidebar reported: ${await failure.innerText()}`);
}

type RunResult = { ok: true; value?: unknown } | { ok: false; error: string };

/** A public call that needs no argument: a menu item, or showSidebar. */
export type NoArgumentCall = {
  [Name in keyof AddonApp]: [] extends Parameters<AddonApp[Name]> ? Name : never;
}[keyof AddonApp];

/**
 * The local preview's HTTP API as one browser window (`client`) uses it: add-on calls (like google.script.run
 * or a menu item), a person's typing (fires onEdit) and a selection.
 */
export function previewApi(url: () => string, client: string) {
  const post = async (path: string, body: Record<string, unknown>): Promise<RunResult> => {
    const response = await fetch(new URL(path, url()), {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Preview-Client": client },
      body: JSON.stringify({ ...body, client }),
    });
    return (await response.json()) as RunResult;
  };
  const ok = async (what: string, path: string, body: Record<string, unknown>): Promise<unknown> => {
    const result = await post(path, body);
    if (!result.ok) throw new Error(`${what} failed: ${result.error}`);
    return result.value;
  };
  const run = <Name extends keyof AddonApp>(
    fn: Name,
    ...args: Parameters<AddonApp[Name]>
  ): Promise<Result<Name>> => ok(fn, "/api/run", { fn, args }) as Promise<Result<Name>>;
  return {
    post,
    /** A public call, typed as the server declares it (its JSON-safe result crosses HTTP as google.script.run's does). */
    run,
    /** The matrix as the sidebar reads it (describeActiveSheet); fails with the server's reason for a sheet that is none. */
    describedMatrix: async (sheetName?: string) => {
      const { matrix, activeSheet, problem } = await run("describeActiveSheet", sheetName);
      if (!matrix) throw new Error(`"${activeSheet}" is not a matrix: ${problem}`);
      return matrix;
    },
    edit: async (sheet: string, range: string, values: string[][]): Promise<void> => {
      await ok("edit", "/api/edit", { sheet, range, values });
    },
    select: async (sheet: string, range: string): Promise<void> => {
      await ok("select", "/api/select", { sheet, range });
    },
  };
}

export type PreviewApi = ReturnType<typeof previewApi>;

export interface SidebarSession {
  preview: Preview;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Uncaught errors on the page, and the alert/confirm texts (each dismissed), for the tests to expect none. */
  pageErrors: string[];
  dialogs: string[];
  api: PreviewApi;
  /** Opens the sidebar the way the add-on does (showSidebar, or a menu item), then loads it. */
  openSidebar(fn?: NoArgumentCall): Promise<void>;
  /** Closes the browser and the preview and removes the temporary workbook. */
  close(): Promise<void>;
}

export interface SidebarSessionOptions {
  /** Default 300×800, about the sidebar's size in Sheets. */
  viewport?: { width: number; height: number };
  /** A workbook file's text to open; without it the preview starts on a fresh workbook. */
  workbook?: string;
}

/**
 * A local preview on a temporary workbook (folder named from `prefix`), headless Chromium and one page for
 * browser window `client`, with a 10 s default timeout. The sidebar is not open yet: a test may make
 * matrices first, then call openSidebar().
 */
export async function startSidebarSession(
  prefix: string,
  client: string,
  options: SidebarSessionOptions = {},
): Promise<SidebarSession> {
  const workdir = mkdtempSync(join(tmpdir(), prefix));
  const file = join(workdir, "workbook.json");
  let preview: Preview | undefined;
  let browser: Browser | undefined;
  const close = async (): Promise<void> => {
    await browser?.close();
    await preview?.close();
    rmSync(workdir, { recursive: true, force: true });
  };
  try {
    if (options.workbook !== undefined) writeFileSync(file, options.workbook);
    preview = await startPreview({ port: 0, file, reset: options.workbook === undefined, quiet: true });
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: options.viewport ?? { width: 300, height: 800 } });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const pageErrors: string[] = [];
    const dialogs: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const url = preview.url;
    const api = previewApi(() => url, client);
    const openSidebar = async (fn: NoArgumentCall = "showSidebar"): Promise<void> => {
      await api.run(fn);
      await page.goto(new URL(`/sidebar.html?client=${client}`, url).href);
      await page.locator('[role="tab"][aria-selected="true"]').waitFor();
    };
    return { preview, browser, context, page, pageErrors, dialogs, api, openSidebar, close };
  } catch (error) {
    await close();
    throw error;
  }
}
