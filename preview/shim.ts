/**
 * Node side of the google.script shim: builds preview/gas-shim.ts for the browser and injects it into an
 * HTML page (the built dist/sidebar.html, unchanged otherwise) ahead of the page's own scripts, the way
 * Apps Script makes `google.script` available before any of the page's code runs.
 *
 * The sidebar's browser tests use the same two functions:
 *   const html = injectGasShim(sidebarHtml, await gasShimScript({ functions: bridge.functions }));
 */
import { build } from "esbuild";
import { join } from "node:path";

/** The browser source of the shim, for tools that want to build it themselves. */
export const GAS_SHIM_PATH = join(__dirname, "gas-shim.ts");

export interface GasShimOptions {
  /** The server functions google.script.run exposes (Bridge.functions). */
  functions: readonly string[];
  /** Where calls go; default "/api/run" on the page's own origin. An absolute URL works too. */
  endpoint?: string;
}

const cache = new Map<string, Promise<string>>();

/** The shim as one classic script (an IIFE), ready to inline in a <script> element. */
export function gasShimScript(options: GasShimOptions): Promise<string> {
  const config = { endpoint: options.endpoint ?? "/api/run", functions: [...options.functions] };
  const key = JSON.stringify(config);
  let script = cache.get(key);
  if (!script) {
    script = build({
      entryPoints: [GAS_SHIM_PATH],
      bundle: true,
      write: false,
      format: "iife",
      target: "es2020",
      platform: "browser",
      minify: true,
      define: { __GAS_SHIM_CONFIG__: key },
      // Escapes "</script" in string literals so the inlined script cannot end its own element.
      supported: { "inline-script": false },
      logLevel: "silent",
    }).then((result) => result.outputFiles[0].text);
    cache.set(key, script);
    script.catch(() => cache.delete(key));
  }
  return script;
}

/**
 * Returns `html` with `<script>shim</script>` placed before its first <script>; when it has none, at the
 * end of <head>, else at the start of <body>, else first.
 */
export function injectGasShim(html: string, shimScript: string): string {
  const element = `<script data-gas-shim>${shimScript}</script>`;
  const anchors = [/<script\b/i, /<\/head>/i, /<body\b[^>]*>/i];
  for (const [i, anchor] of anchors.entries()) {
    const match = anchor.exec(html);
    if (!match) continue;
    const at = i === 2 ? match.index + match[0].length : match.index;
    return html.slice(0, at) + element + html.slice(at);
  }
  return element + html;
}
