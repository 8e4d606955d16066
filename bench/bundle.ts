/**
 * Sizes of what `npm run build` ships: dist/Code.js (raw as built, minified by esbuild, gzipped) and
 * dist/sidebar.html (raw and gzipped; its script and CSS are already minified by the build). The build
 * leaves Code.js unminified so it stays readable in the Apps Script editor; the minified figure says what
 * minifying would save.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { transform } from "esbuild";

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
  /** esbuild's minification; null where the build already minifies. */
  minified: number | null;
  minifiedGzip: number | null;
}

const gzipped = (text: string) => gzipSync(Buffer.from(text, "utf8"), { level: 9 }).length;
const bytes = (text: string) => Buffer.byteLength(text, "utf8");

export async function bundleSizes(dist: string): Promise<FileSize[]> {
  const code = await readFile(join(dist, "Code.js"), "utf8");
  // esbuild keeps the names of top-level functions when minifying a script (no module format), which
  // matters: Apps Script finds entry points by those names. Checked below rather than assumed.
  const minified = (await transform(code, { minify: true, target: "es2020", loader: "js" })).code;
  const entryPoints = [...code.matchAll(/^function (\w+)\(/gm)].map((match) => match[1]);
  const lost = entryPoints.filter((name) => !minified.includes(`function ${name}(`));
  if (lost.length > 0) throw new Error(`bench: minifying Code.js renamed entry points: ${lost.join(", ")}`);
  const sidebar = await readFile(join(dist, "sidebar.html"), "utf8");
  return [
    {
      file: "dist/Code.js",
      raw: bytes(code),
      gzip: gzipped(code),
      minified: bytes(minified),
      minifiedGzip: gzipped(minified),
    },
    {
      file: "dist/sidebar.html",
      raw: bytes(sidebar),
      gzip: gzipped(sidebar),
      minified: null,
      minifiedGzip: null,
    },
  ];
}
