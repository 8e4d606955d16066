/**
 * Words that say nothing about who should own the work (domain.md "Suggestions": generic words are no
 * evidence). They appear in code names and placeholders ("Project Falcon", "Workstream C", "Phase 2") as
 * much as in real work, so they may support other evidence but never name an owner alone. The lexicon
 * generator leaves them out of the table for the same reason.
 */
export const GENERIC_WORDS: readonly string[] = (
  "project initiative plan planning management manage managing check cycle see operation program programme " +
  "review team teams stream workstream phase item items task tasks issue update refresh improve improvement " +
  "pilot trial wave version draft list owner lead placeholder tbc tbd wip misc other general hold status " +
  "action actions thing stuff proposal option run running track tracking carry carried carrying leads " +
  "projects initiatives plans programs programmes reviews checks cycles phases streams workstreams updates " +
  "pilots trials waves versions drafts lists owners issues options proposals"
).split(" ");
