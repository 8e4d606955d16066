/**
 * Who is agreeing a row, as the Agreed by cell names them. In the sheet, Sheets gives onEdit the editor's
 * address only where its policies allow (usually people of the owner's Google Workspace domain; never in a
 * context that runs without the person's authorisation: https://developers.google.com/apps-script/reference/base/user#getEmail()),
 * and the sidebar cannot ask for it without a scope the add-on does not request, so there the person says
 * which role they agree as.
 */
import { normalizeName } from "../names";
import type { Signer } from "./record";

export interface Holder {
  role: string;
  /** Who holds the role, from the people row; "" when nobody is named. */
  heldBy: string;
}

/** Lower-case letters and digits only: "Dana Lee", "dana.lee" and "Dana-Lee" are one key. */
const letters = (text: string): string =>
  text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");

/**
 * Whether the person Held by names is the one with this address: the cell holds the address itself, or the
 * address's local part spells their name ("dana.lee@…", "danalee@…" for Dana Lee), or their first name when
 * no one else in Held by has it ("dana@…").
 */
function matches(email: string, heldBy: string, firstNames: Map<string, number>): boolean {
  const person = heldBy.trim();
  if (person === "") return false;
  if (person.toLowerCase() === email.toLowerCase()) return true;
  const local = letters(email.split("@")[0] ?? "");
  if (local === "") return false;
  if (letters(person) === local) return true;
  const first = letters(person.split(/\s+/)[0] ?? "");
  return first === local && firstNames.get(first) === 1;
}

/**
 * The signers for an agreement made in the sheet by the person with `email` ("" when Sheets gave none):
 * every role Held by names them for, each with their name; else their address; else an unnamed signer.
 */
export function signersForEmail(email: string, holders: readonly Holder[]): Signer[] {
  const address = email.trim();
  if (address === "") return [{}];
  const people = new Map<string, string>(); // a person's key → their name as Held by spells it
  for (const { heldBy } of holders)
    if (heldBy.trim() !== "") people.set(normalizeName(heldBy), heldBy.trim());
  const firstNames = new Map<string, number>();
  for (const name of people.values()) {
    const first = letters(name.split(/\s+/)[0] ?? "");
    firstNames.set(first, (firstNames.get(first) ?? 0) + 1);
  }
  const found = [...people.values()].filter((name) => matches(address, name, firstNames));
  // Two people the address could be: naming either would be a guess.
  if (found.length !== 1) return [{ email: address }];
  const key = normalizeName(found[0]);
  return holders
    .filter(({ heldBy }) => heldBy.trim() !== "" && normalizeName(heldBy) === key)
    .map(({ role }) => ({ role, person: found[0] }));
}

/**
 * The signer for an agreement made from the sidebar as `role` (a role of the matrix), with whoever Held by
 * names for it; null for no role (the person did not say), which records an unnamed signer. Throws for a
 * role the matrix does not have.
 */
export function signerAs(role: string | null, holders: readonly Holder[]): Signer {
  if (role === null) return {};
  const holder = holders.find((h) => normalizeName(h.role) === normalizeName(role));
  if (holder === undefined)
    throw new Error(`Nothing was changed: this matrix has no role "${role}" to agree as. Check again.`);
  return holder.heldBy.trim() === ""
    ? { role: holder.role }
    : { role: holder.role, person: holder.heldBy.trim() };
}
