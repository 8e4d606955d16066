/**
 * The Agreed by cell: who set the row Agreed, in words the team reads in the sheet and the add-on reads back.
 *
 *   COO (Dana Lee), Chief of Staff (Sam Roe)            both owners agreed
 *   COO (Dana Lee); codes changed 2026-05-12            agreed, then the codes changed (Decided on keeps the day
 *                                                       it was agreed; this says when it changed)
 *   sam@example.com                                     an address Held by does not name
 *   unnamed editor                                      Sheets did not say who (a simple trigger outside the
 *                                                       owner's domain gets no address)
 *
 * A signer names a role when the person holds one ("Role (Person)", or "Role" when Held by names nobody),
 * else the address Sheets gave, else nobody. Text someone typed there that reads as none of these is kept as
 * a signer of its own, never lost.
 */
import { normalizeName } from "../names";

export interface Signer {
  /** The role the person signed as (a role of the matrix when the add-on wrote it). */
  role?: string;
  /** Who holds that role, from the people row. */
  person?: string;
  /** The address Sheets gave, when Held by names nobody it matches. */
  email?: string;
}

export interface SignOffRecord {
  signers: Signer[];
  /** The day (yyyy-mm-dd) the codes changed after this agreement; absent while it stands. */
  changedOn?: string;
}

/** The signer of an agreement when Sheets gave no address and nobody was chosen. */
export const UNNAMED_SIGNER = "unnamed editor";
const CHANGED = "; codes changed ";

export function signerText(signer: Signer): string {
  if (signer.role !== undefined && signer.role !== "")
    return signer.person ? `${signer.role} (${signer.person})` : signer.role;
  return signer.email || UNNAMED_SIGNER;
}

export function recordText(record: SignOffRecord): string {
  if (record.signers.length === 0) return "";
  const signers = record.signers.map(signerText).join(", ");
  return record.changedOn === undefined ? signers : `${signers}${CHANGED}${record.changedOn}`;
}

/** The cell's text read back; an empty cell is no record. */
export function parseRecord(text: string): SignOffRecord {
  const trimmed = text.trim();
  const at = trimmed.lastIndexOf(CHANGED);
  const changedOn = at >= 0 ? trimmed.slice(at + CHANGED.length).trim() : undefined;
  const signers = splitOutsideParentheses(at >= 0 ? trimmed.slice(0, at) : trimmed).map(parseSigner);
  return changedOn === undefined ? { signers } : { signers, changedOn };
}

function parseSigner(text: string): Signer {
  if (text === UNNAMED_SIGNER) return {};
  const held = /^(.*\S)\s*\((.*)\)$/.exec(text);
  if (held) return { role: held[1], person: held[2].trim() };
  if (/^[^\s@]+@[^\s@]+$/.test(text)) return { email: text };
  return { role: text };
}

/** "COO (Lee, Dana), CEO" → ["COO (Lee, Dana)", "CEO"]: a comma inside a person's name stays in it. */
function splitOutsideParentheses(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    else if (ch === "," && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim()).filter((part) => part !== "");
}

const sameSigner = (a: Signer, b: Signer): boolean =>
  a.role !== undefined || b.role !== undefined
    ? a.role !== undefined && b.role !== undefined && normalizeName(a.role) === normalizeName(b.role)
    : (a.email ?? "").toLowerCase() === (b.email ?? "").toLowerCase();

/**
 * The record once `signers` agreed: on top of the standing agreement (`record`), or a new one (null: the row
 * was not Agreed, or its codes changed since). A signer already named is not named twice.
 */
export function withSigners(record: SignOffRecord | null, signers: readonly Signer[]): SignOffRecord {
  const standing = record === null || record.changedOn !== undefined ? [] : record.signers;
  const added = signers.filter(
    (signer, i) =>
      !standing.some((known) => sameSigner(known, signer)) &&
      !signers.slice(0, i).some((earlier) => sameSigner(earlier, signer)),
  );
  return { signers: [...standing, ...added] };
}

/**
 * True when `record` names `role` among its signers (case and spacing ignored), a role whose own name ends in
 * parentheses ("Head of Ops (EMEA)", Held by empty) included.
 */
export function signedAs(record: SignOffRecord, role: string): boolean {
  const key = normalizeName(role);
  return record.signers.some(
    (signer) => sameSigner(signer, { role }) || normalizeName(signerText(signer)) === key,
  );
}
