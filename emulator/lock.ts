/**
 * LockService. A lock is free, held by a Lock object of this process, or held by "another process"
 * (tests set documentLock.heldByOther). tryLock returns false and waitLock throws "Lock timeout: another
 * process was holding the lock for too long." when it is not free; neither actually waits. Locks still
 * held when an execution ends are released, as Apps Script releases them when the script exits.
 */
import { Messages, fail } from "./errors";
import type { Api } from "./kernel";

export interface LockSlot {
  heldByOther: boolean;
  holder: LockApi | null;
}

export function freeSlot(): LockSlot {
  return { heldByOther: false, holder: null };
}

export class LockApi {
  constructor(private readonly slot: LockSlot) {}

  tryLock(_timeoutInMillis: unknown): boolean {
    if (this.slot.holder === this) return true;
    if (this.slot.heldByOther || this.slot.holder !== null) return false;
    this.slot.holder = this;
    return true;
  }

  waitLock(timeoutInMillis: unknown): void {
    if (!this.tryLock(timeoutInMillis)) fail(Messages.lockTimeout);
  }

  hasLock(): boolean {
    return this.slot.holder === this;
  }

  releaseLock(): void {
    if (this.slot.holder === this) this.slot.holder = null;
  }
}

export interface LockSlots {
  document: LockSlot;
  script: LockSlot;
  user: LockSlot;
}

export class LockServiceApi {
  constructor(
    private readonly api: Api,
    private readonly slots: LockSlots,
  ) {}

  getDocumentLock(): LockApi {
    return this.api.wrap(new LockApi(this.slots.document), "Lock");
  }

  getScriptLock(): LockApi {
    return this.api.wrap(new LockApi(this.slots.script), "Lock");
  }

  getUserLock(): LockApi {
    return this.api.wrap(new LockApi(this.slots.user), "Lock");
  }
}
