/**
 * The add-on's version. package.json "version" is the one source: scripts/build.ts replaces
 * __ADDON_VERSION__ with it (esbuild `define`) in dist/Code.js and in the sidebar. Code run from source
 * without the build (unit tests) sees "dev".
 */
declare const __ADDON_VERSION__: string | undefined;

export const ADDON_VERSION: string = typeof __ADDON_VERSION__ === "string" ? __ADDON_VERSION__ : "dev";
