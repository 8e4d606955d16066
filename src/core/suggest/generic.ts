/**
 * Words that say nothing about who should own the work (domain.md "Suggestions": generic words are no
 * evidence). They appear in code names and placeholders ("Project Falcon", "Workstream C", "Phase 2") as
 * much as in real work, so they may support other evidence but never name an owner alone. The lexicon
 * generator leaves them out of the table for the same reason.
 */

/**
 * Where an item came from or that it is still to be written, not what it is: a note's references ("see Dana's
 * email", "Follow-up from 12 March", "Item raised at the offsite", "Ref. minute 7.2", "Carried fwd from FY24
 * list") and a placeholder's words ("Open point", "details TBC", "verbal ask", "AOB"). Unlike a kind of work
 * (a plan, actions), they say nothing even beside an executive's name (addressees.ts).
 */
export const NOTE_WORDS: readonly string[] = (
  "email emails mail thread threads slack call calls convo conversation chat follow following ups followup " +
  "followups next step steps ask asks request requests question questions row rows tab tabs line lines " +
  "appendix annex ref re per fwd forward carryover holdover raised arising matters minute minutes note notes " +
  "discuss discussion scope pending sort sorted unsorted bucket overflow dup duplicate merged confirm " +
  "assign assigned unassigned quick win wins stretch theme themes item items placeholder tbc tbd wip misc " +
  "open point points topic topics detail details verbal aob idea ideas thought thoughts suggestion suggestions " +
  "advise input"
).split(" ");

export const GENERIC_WORDS: readonly string[] = [
  // Kinds of work and its stages, which any work has.
  ...(
    "project initiative plan planning management manage managing check cycle see operation program programme " +
    "review team teams stream workstream phase task tasks issue update refresh improve improvement " +
    "pilot trial wave version draft list owner lead other general hold status " +
    "action actions thing stuff proposal option run running track tracking carry carried carrying leads " +
    "projects initiatives plans programs programmes reviews checks cycles phases streams workstreams updates " +
    "pilots trials waves versions drafts lists owners issues options proposals things " +
    // EOS's name for a quarter's priority: any work can be a Rock ("Rock 6 (TBD)", "Big rock #3").
    "rock rocks"
  ).split(" "),
  ...NOTE_WORDS,
  // Words the built-in charters use around what they mean ("Final say on company-level decisions: major
  // investments", "Key projects", "see them through", "cross-functional task forces").
  ...(
    "final say level major key wide through serve link special cross functional function forces between " +
    "shared remove cut decide own deliver develop public people day"
  ).split(" "),
];
