/**
 * Changes take the document lock, so two people changing one matrix at once never interleave
 * (https://developers.google.com/apps-script/reference/lock/lock-service). The lock is always released, and
 * what was written under it is committed first (sheets/lock.ts).
 */
import { releaseCommitted, takeDocumentLock } from "../../sheets/lock";

export const BUSY_MESSAGE = "Someone else is changing this matrix, try again in a moment.";

/** How long to wait for another change to finish before giving up (ms). */
const WAIT_MS = 10_000;

export function withDocumentLock<T>(change: () => T): T {
  const lock = takeDocumentLock(WAIT_MS);
  if (!lock) throw new Error(BUSY_MESSAGE);
  try {
    return change();
  } finally {
    releaseCommitted(lock);
  }
}
