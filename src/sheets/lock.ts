/**
 * The document lock around writes. Its release always follows SpreadsheetApp.flush(): Apps Script bundles
 * spreadsheet writes, and "You should call SpreadsheetApp.flush() prior to releasing the lock, to commit all
 * pending changes to the spreadsheet while you still have exclusive access to it"
 * (https://developers.google.com/apps-script/reference/lock/lock#releaseLock()). Without it the next holder
 * can read what was there before (the change log's last row, say) and write over it.
 */
type Lock = GoogleAppsScript.Lock.Lock;

/** The document lock once taken within `waitMs`, or null when someone else holds it that long. */
export function takeDocumentLock(waitMs: number): Lock | null {
  const lock = LockService.getDocumentLock();
  return lock && lock.tryLock(waitMs) ? lock : null;
}

/** Commits what was written under the lock, then releases it, even when the commit fails. */
export function releaseCommitted(lock: Lock): void {
  try {
    SpreadsheetApp.flush();
  } finally {
    lock.releaseLock();
  }
}
