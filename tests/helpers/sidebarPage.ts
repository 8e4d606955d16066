/** What the sidebar's browser tests check the same way: axe-core's verdict and the sidebar's confirmations. */
import { join } from "node:path";
import type { Page } from "playwright-core";

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
  return {
    post,
    run: <T = unknown>(fn: string, ...args: unknown[]): Promise<T> =>
      ok(fn, "/api/run", { fn, args }) as Promise<T>,
    edit: async (sheet: string, range: string, values: string[][]): Promise<void> => {
      await ok("edit", "/api/edit", { sheet, range, values });
    },
    select: async (sheet: string, range: string): Promise<void> => {
      await ok("select", "/api/select", { sheet, range });
    },
  };
}
