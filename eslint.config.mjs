import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";
import { createNodeResolver, importX } from "eslint-plugin-import-x";
import { builtinModules } from "node:module";

/**
 * The layers (docs/architecture.md "Layers and the import rule"): each group of files may import only what
 * is below it. A rule per group, so a change that reaches up or sideways fails `npm run lint`.
 */
const NODE = `^(node:|(${builtinModules.join("|")})(/|$))`;
// Folders at the root of the repo, reached only by climbing out ("../"): a file named preview.ts is no folder.
const DEV_ONLY = "^(\\.\\./)+(emulator|preview|bench|tests|scripts)(/|$)";
const forbid = (regex, message) => ({ regex, message });
const notDevCode = forbid(
  DEV_ONLY,
  "The add-on never imports dev-only code (emulator, preview, bench, tests, scripts).",
);
const notNode = forbid(NODE, "The add-on runs in Apps Script and the browser: no Node built-ins.");
const notSheets = forbid(
  "(^|/)sheets(/|$)",
  "src/core is pure: it imports no src/sheets (Apps Script) code.",
);
const notServer = forbid("(^|/)server(/|$)", "Only src/index.ts imports src/server.");
const notSidebar = forbid(
  "^(\\.\\./)+sidebar(/|$)",
  "The add-on never imports the sidebar; the sidebar imports core.",
);
const notEntries = forbid(
  "(^|/)calls(/|$)",
  "An entry file (src/server/calls/) is imported only by src/index.ts; shared code belongs in src/server/ops/.",
);
const notSiblingEntry = forbid(
  "^\\./",
  "An entry file imports no other entry file: move what they share to src/server/ops/.",
);
const onlyCoreOfSrc = forbid(
  "(^|/)src/(?!core/)",
  "The sidebar imports only src/core (pure code and the bridge's types in src/core/api.ts).",
);

const layer = (files, patterns, ignores = []) => ({
  files,
  ignores,
  rules: { "no-restricted-imports": ["error", { patterns }] },
});

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "artifacts/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ["**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", ignoreRestSiblings: true }],
      // Error's `cause` option is ES2022; the add-on targets ES2020 and puts the cause in the message.
      "preserve-caught-error": "off",
    },
  },
  layer(["src/core/**/*.ts"], [notSheets, notServer, notSidebar, notDevCode, notNode]),
  layer(["src/sheets/**/*.ts"], [notServer, notSidebar, notDevCode, notNode]),
  layer(["src/server/**/*.ts"], [notSidebar, notDevCode, notNode, notEntries], ["src/server/calls/**"]),
  layer(["src/server/calls/**/*.ts"], [notSidebar, notDevCode, notNode, notEntries, notSiblingEntry]),
  layer(["src/*.ts"], [notSidebar, notDevCode, notNode]),
  layer(["sidebar/**/*.ts"], [onlyCoreOfSrc, notDevCode]),
  {
    // No import circles in the add-on: each file stands above everything it imports.
    files: ["src/**/*.ts"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".js"] })],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts"] },
      "import-x/extensions": [".ts", ".js"],
    },
    rules: { "import-x/no-cycle": "error" },
  },
  { files: ["**/*.js", "**/*.mjs"], languageOptions: { globals: globals.node } },
  { files: ["jest.config.js"], languageOptions: { sourceType: "commonjs" } },
);
