/**
 * Three projects, so a quick loop can leave out what needs the bundle or a browser:
 * - unit: core, emulator, sidebar, docs and lint tests (`npm run test:fast`); they never read dist/.
 * - addon: the built dist/Code.js on the emulator.
 * - browser: the sidebar and the preview in headless Chromium, and how the tests find that browser.
 * The last two rebuild dist/ first when it is older than its sources (tests/helpers/freshDist.ts); jest runs
 * a project's globalSetup only when one of its tests runs, so `test:fast` never builds.
 * Tests are transpiled by swc (type checking is `npm run typecheck`'s job).
 */
const shared = {
  testEnvironment: "node",
  transform: { "^.+\\.tsx?$": ["@swc/jest"], "/node_modules/stemmer/.+\\.js$": ["@swc/jest"] },
  // `stemmer` ships ES modules only: transform it like our own code.
  transformIgnorePatterns: ["/node_modules/(?!stemmer/)"],
};
const bundled = { ...shared, globalSetup: "<rootDir>/tests/helpers/freshDist.ts" };

module.exports = {
  testTimeout: 60000,
  // Every core: jest's default (cores − 1) runs every file in band, on one core, on a 2-core machine.
  maxWorkers: "100%",
  projects: [
    // Every other folder of tests/ (core, emulator, sidebar, docs, lint…): they never read dist/.
    {
      ...shared,
      displayName: "unit",
      roots: ["<rootDir>/tests"],
      testPathIgnorePatterns: ["/tests/(addon|browser|setup)/"],
    },
    { ...bundled, displayName: "addon", roots: ["<rootDir>/tests/addon"] },
    { ...bundled, displayName: "browser", roots: ["<rootDir>/tests/browser", "<rootDir>/tests/setup"] },
  ],
};
