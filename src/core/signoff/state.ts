/**
 * Whether a row counts as agreed. It does when its Decision says Agreed; with sign-off by both owners on (a
 * setting of the matrix, off by default), only once the Agreed by cell names both roles of the owner pair.
 * Until then it reads "Agreed by COO, waiting for Chief of Staff".
 */
import type { MatrixInitiative, MatrixSettings } from "../types";
import { isAgreed } from "../write/agreement";
import { parseRecord, signedAs, signerText } from "./record";

export interface SignOffState {
  agreed: boolean;
  /** Only for a row marked Agreed that still waits for one or both owners: the sentence that says so. */
  waiting?: string;
}

/** True when the matrix asks both owners to agree each row and can record it (an owner pair, Agreed by). */
export const pairSignOffOn = (settings: MatrixSettings, hasAgreedBy: boolean): boolean =>
  settings.pairSignOff && settings.ownerPair !== null && hasAgreedBy;

/** "COO", "COO and Chief of Staff", "CEO, COO and Chief of Staff". */
export function andList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

export function signOffState(initiative: MatrixInitiative, settings: MatrixSettings): SignOffState {
  if (!isAgreed(initiative.decision)) return { agreed: false };
  const pair = settings.ownerPair;
  if (!pairSignOffOn(settings, initiative.agreedBy !== undefined) || pair === null) return { agreed: true };
  const record = parseRecord(initiative.agreedBy ?? "");
  const missing = pair.filter((role) => !signedAs(record, role));
  if (missing.length === 0) return { agreed: true };
  const by = record.signers.map(signerText);
  const agreedBy = by.length > 0 ? `Agreed by ${andList(by)}` : "Agreed";
  return { agreed: false, waiting: `${agreedBy}, waiting for ${andList(missing)}` };
}
