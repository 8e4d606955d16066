/**
 * Words that say who the work is for or where it was raised, not what it is: a role's title ("CEO", "Head of
 * Marketing", "Founder"), the executives and the bodies they sit in (the board, ExCo, the ELT, the chairman,
 * trustees). A row whose only words beyond a note's (references, placeholders: generic.ts) are such words
 * ("CEO ask (verbal, details TBC)", "Open point – Marketing") is a bare name or a placeholder: the "a
 * reference to the board, ExCo or the CEO does not say what the work is". Beside a word that says what the
 * work is ("2-pager for CEO", "Board skills matrix") they stay evidence, and weigh as they always did.
 */
import { BUILT_IN_CHARTERS } from "./charters";
import { words } from "./words";

/** The executives and their forums, as planning sheets name them (the built-in titles add the roles). */
const FORUMS =
  "board boards bod exco elt slt smt exec execs executive executives leadership chairman chair chairwoman " +
  "chairperson trustee trustees committee council cabinet founder founders";

let stems: ReadonlySet<string> | null = null;

function addresseeStems(): ReadonlySet<string> {
  stems ??= new Set(
    [...FORUMS.split(" "), ...BUILT_IN_CHARTERS.flatMap((c) => [c.title, ...c.aliases])]
      .flatMap((text) => words(text))
      .map((word) => word.stem),
  );
  return stems;
}

/** Whether a word names who the work is for or where it was raised. */
export function isAddressee(stem: string): boolean {
  return addresseeStems().has(stem);
}
