/** Tests are transpiled by swc (type checking is `npm run typecheck`'s job). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  transform: { "^.+\\.tsx?$": ["@swc/jest"], "/node_modules/stemmer/.+\\.js$": ["@swc/jest"] },
  // `stemmer` ships ES modules only: transform it like our own code.
  transformIgnorePatterns: ["/node_modules/(?!stemmer/)"],
  testTimeout: 60000,
};
