/**
 * The review asks for a justification of every OAuth scope: docs/publishing.md has one "### `scope`" section
 * per scope under "## OAuth scopes", and they must be exactly the manifest's scopes (none missing, none extra),
 * each with a paragraph of text. The privacy policy names the same scopes.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "../..");
const read = (path: string) => readFileSync(join(root, path), "utf8");
const manifest = JSON.parse(read("appsscript.json")) as { oauthScopes: string[] };

/** The "### `...`" headings of the "## OAuth scopes" section, with the text under each. */
function justifiedScopes(markdown: string): Map<string, string> {
  const start = markdown.indexOf("\n## OAuth scopes\n");
  if (start < 0) throw new Error('docs/publishing.md has no "## OAuth scopes" section');
  const rest = markdown.slice(start + 1);
  const next = rest.indexOf("\n## ", 1);
  const section = next < 0 ? rest : rest.slice(0, next);
  const scopes = new Map<string, string>();
  for (const part of section.split("\n### ").slice(1)) {
    const [heading, ...body] = part.split("\n");
    const match = /^`([^`]+)`\s*$/.exec(heading);
    if (!match) throw new Error(`a scope heading is not a backquoted scope: ${heading}`);
    scopes.set(match[1], body.join("\n").trim());
  }
  return scopes;
}

test("docs/publishing.md justifies exactly the manifest's scopes", () => {
  const justified = justifiedScopes(read("docs/publishing.md"));
  expect([...justified.keys()].sort()).toEqual([...manifest.oauthScopes].sort());
});

test("each scope's justification is a real paragraph that says what the add-on does with it", () => {
  for (const [scope, text] of justifiedScopes(read("docs/publishing.md"))) {
    const words = text.split(/\s+/).length;
    // the scope in the object, so a failure names the scope at fault
    expect({
      scope,
      atLeast60Words: words >= 60,
      citesReference: text.includes("https://developers.google.com/"),
    }).toEqual({ scope, atLeast60Words: true, citesReference: true });
  }
});

test("the manifest asks for the narrow scopes only (this spreadsheet, its menu and sidebar)", () => {
  expect([...manifest.oauthScopes].sort()).toEqual([
    "https://www.googleapis.com/auth/script.container.ui",
    "https://www.googleapis.com/auth/spreadsheets.currentonly",
  ]);
});

test("the privacy policy names every scope of the manifest", () => {
  const privacy = read("docs/privacy.md");
  for (const scope of manifest.oauthScopes) expect(privacy).toContain(scope);
});
