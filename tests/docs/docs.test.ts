/**
 * The project's own documentation stays usable and true: a README that fits on a screen, links and anchors
 * that resolve, an API page that names every public call of src/index.ts, and nothing that points outside
 * the repository (a fresh clone has only what is in it).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import ts from "typescript";

const root = join(__dirname, "../..");
const read = (path: string) => readFileSync(join(root, path), "utf8");

/** The pages people read: the README and every Markdown page of docs/. */
const PAGES = [
  "README.md",
  ...readdirSync(join(root, "docs"))
    .filter((name) => name.endsWith(".md"))
    .map((name) => `docs/${name}`),
];

/** Markdown without its code, where brackets and parentheses are not links. */
const prose = (markdown: string) => markdown.replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "code");

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const anchorOf = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, "")
    .replace(/ /g, "-");

function anchorsOf(markdown: string): Set<string> {
  const headings = markdown.replace(/```[\s\S]*?```/g, "").match(/^#{1,6} .+$/gm) ?? [];
  return new Set(headings.map((line) => anchorOf(line.replace(/^#+ /, ""))));
}

/** Every relative link of a page ([text](target) and ![alt](target)), with the file it resolves to. */
function linksOf(page: string): { target: string; file: string; anchor: string | null }[] {
  return [...prose(read(page)).matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1])
    .filter((target) => !/^[a-z]+:/.test(target))
    .map((target) => {
      const [path, anchor] = target.split("#");
      return { target, file: path === "" ? page : join(dirname(page), path), anchor: anchor ?? null };
    });
}

test("the README fits on a screen: at most 12 KB", () => {
  expect(Buffer.byteLength(read("README.md"), "utf8")).toBeLessThanOrEqual(12 * 1024);
});

test("the README gives the two commands, the layout's import rule and an index of every page of docs/", () => {
  const readme = read("README.md");
  expect(readme).toContain("npm test");
  expect(readme).toContain("npm start");
  expect(readme).toContain("core ← sheets ← server ← index");
  const indexed = new Set(linksOf("README.md").map((link) => link.file));
  const unlisted = PAGES.filter((page) => page.startsWith("docs/") && !indexed.has(page));
  expect(unlisted).toEqual([]);
});

test.each(PAGES)(
  "every relative link of %s resolves to a file, and to a heading when it names one",
  (page) => {
    const broken = linksOf(page).filter(({ file, anchor }) => {
      if (!existsSync(join(root, file))) return true;
      if (anchor === null || !file.endsWith(".md")) return false;
      return !anchorsOf(read(file)).has(anchor);
    });
    expect(broken.map((link) => link.target)).toEqual([]);
  },
);

test("user-facing pages cite no issue numbers", () => {
  const cited = PAGES.filter((page) => /\(issue \d+\)/i.test(read(page)));
  expect(cited).toEqual([]);
});

/** The names src/index.ts exports: each becomes a global of dist/Code.js. */
function publicCalls(): string[] {
  const source = ts.createSourceFile("index.ts", read("src/index.ts"), ts.ScriptTarget.ES2020);
  return source.statements.flatMap((statement) =>
    ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)
      ? statement.exportClause.elements.map((element) => element.name.text)
      : [],
  );
}

test("docs/api.md documents every public call of src/index.ts, and headings no call that is gone", () => {
  const api = read("docs/api.md");
  const calls = publicCalls();
  expect(calls.length).toBeGreaterThan(30);
  expect(calls.filter((name) => !api.includes(`\`${name}(`))).toEqual([]);
  const headed = [...api.matchAll(/^### `(\w+)\(/gm)].map((match) => match[1]);
  expect(headed.filter((name) => !calls.includes(name))).toEqual([]);
});

/** Text files of the repository, without what is installed, built or generated. */
function repositoryFiles(dir = root): string[] {
  const skip = new Set(["node_modules", "dist", "artifacts", "coverage", ".git"]);
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (skip.has(name)) return [];
    if (statSync(path).isDirectory()) return repositoryFiles(path);
    return /\.(ts|js|mjs|json|md|txt|html|css|yml|yaml)$/.test(name) ? [relative(root, path)] : [];
  });
}

test("nothing in the repository points at design notes outside it", () => {
  // Spelled as a pattern, so this file does not match itself.
  const outside = /\.\.\/shared\b/;
  expect(repositoryFiles().filter((file) => outside.test(read(file)))).toEqual([]);
});

// The tracker is the team's, not the reader's: "(issue 15)" means nothing to someone using the add-on.
test("no page a person reads, and no text the add-on or its sidebar shows, cites an issue of the tracker", () => {
  const cites = /\(issue \d+\)|\bissue #?\d+\b/i;
  const texts = [...PAGES, "dist/sidebar.html", "dist/Code.js"].filter((path) => cites.test(read(path)));
  expect(texts).toEqual([]);
});
