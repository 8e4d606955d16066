/**
 * The layers are kept by the linter (eslint.config.mjs): imports planted where a layer would reach up or
 * sideways are reported, and a legal one is not. ESLint's Node API runs in a child process, because it loads
 * its ES-module config with a dynamic import, which Jest's module sandbox refuses.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";

interface Planted {
  filePath: string;
  code: string;
}
interface Reported {
  ruleId: string | null;
  message: string;
}

const root = join(__dirname, "..", "..");

/** Lints each text as if it were the file at filePath (the file need not exist); one ESLint for all. */
function lint(planted: Planted[]): Reported[][] {
  const script = `
    import { ESLint } from "eslint";
    const planted = JSON.parse(process.argv[1]);
    const eslint = new ESLint();
    const results = [];
    for (const { filePath, code } of planted) {
      const [result] = await eslint.lintText(code, { filePath });
      results.push(result.messages.map(({ ruleId, message }) => ({ ruleId, message })));
    }
    process.stdout.write(JSON.stringify(results));
  `;
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script, JSON.stringify(planted)], {
    cwd: root,
    encoding: "utf8",
  });
  return JSON.parse(out) as Reported[][];
}

const [coreIntoServer, sidebarIntoServer, entryIntoEntry, legal, circle] = lint([
  {
    filePath: "src/core/planted.ts",
    code: 'import { messageOf } from "../server/ops/errors";\nexport const planted = messageOf;\n',
  },
  {
    filePath: "sidebar/planted.ts",
    code: 'import { messageOf } from "../src/server/ops/errors";\nexport const planted = messageOf;\n',
  },
  {
    filePath: "src/server/calls/planted.ts",
    code: 'import { generateMatrix } from "./matrix";\nexport const planted = generateMatrix;\n',
  },
  {
    filePath: "src/server/calls/planted.ts",
    code:
      'import { PRODUCT_NAME } from "../../core/keys";\nimport { withDocumentLock } from "../ops/lock";\n' +
      "export const planted = () => withDocumentLock(() => PRODUCT_NAME);\n",
  },
  {
    // layout.ts is imported by plan.ts: importing plan.ts from it closes a circle.
    filePath: "src/core/plan/layout.ts",
    code: 'import { planNewMatrix } from "./plan";\nexport const planted = planNewMatrix;\n',
  },
]);

const rules = (messages: Reported[]) => messages.map((m) => m.ruleId);

test("an import from src/core into src/server fails the lint", () => {
  expect(rules(coreIntoServer)).toEqual(["no-restricted-imports"]);
  expect(coreIntoServer[0].message).toContain("Only src/index.ts imports src/server");
});

test("an import from the sidebar into src/server fails the lint", () => {
  expect(rules(sidebarIntoServer)).toEqual(["no-restricted-imports"]);
  expect(sidebarIntoServer[0].message).toContain("The sidebar imports only src/core");
});

test("an entry file importing another entry file fails the lint", () => {
  expect(rules(entryIntoEntry)).toEqual(["no-restricted-imports"]);
  expect(entryIntoEntry[0].message).toContain("An entry file imports no other entry file");
});

test("an entry file importing core and the shared operations passes", () => {
  expect(legal).toEqual([]);
});

test("an import circle in src fails the lint (import-x/no-cycle)", () => {
  expect(rules(circle)).toContain("import-x/no-cycle");
});
