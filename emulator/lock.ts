/**
 * LockService. A lock is free, held by a Lock object of this process, or held by "another process"
 * (tests set documentLock.heldByOther). tryLock returns false and waitLock throws "Lock timeout: another
 * process was holding the lock for too long." when it is not free; neither actually waits. Locks still
 * held when an execution ends are released, as Apps Script releases them when the script exits.
 * Releasing a lock with script writes still pending is recorded (pending.ts), and lets an execution a test
 * queued with onNextRelease run.
 */
import { Messages, fail } from "./errors";
import type { Api, Execution, Kernel } from "./kernel";
import type { LockName } from "./pending";

export interface LockSlot {
  heldByOther: boolean;
  holder: LockApi | null;
}

export function freeSlot(): LockSlot {
  return { heldByOther: false, holder: null };
}

export class LockApi {
  /** The execution that acquired the lock. */
  owner: Execution | null = null;

  constructor(
    private readonly k: Kernel,
    private readonly name: LockName,
    private readonly slot: LockSlot,
  ) {}

  tryLock(_timeoutInMillis: unknown): boolean {
    if (this.slot.holder === this) return true;
    if (this.slot.heldByOther || this.slot.holder !== null) return false;
    this.slot.holder = this;
    this.owner = this.k.exec;
    return true;
  }

  waitLock(timeoutInMillis: unknown): void {
    if (!this.tryLock(timeoutInMillis)) fail(Messages.lockTimeout);
  }

  hasLock(): boolean {
    return this.slot.holder === this;
  }

  releaseLock(): void {
    if (this.slot.holder !== this) return;
    this.k.releasing(this.name);
    this.slot.holder = null;
    this.k.released();
  }
}

export interface LockSlots {
  document: LockSlot;
  script: LockSlot;
  user: LockSlot;
}

/**
 * When an execution ends, the locks it acquired are released, and any a test's own calls took ("The lock is
 * automatically released when the script terminates", Lock reference). Returns whether it held one.
 */
export function releaseLocksOf(slots: LockSlots, ended: Execution): boolean {
  let held = false;
  for (const slot of [slots.document, slots.script, slots.user]) {
    const owner = slot.holder?.owner;
    if (owner === ended) held = true;
    if (owner === ended || owner?.startedAt === 0) slot.holder = null;
  }
  return held;
}

export class LockServiceApi {
  constructor(
    private readonly api: Api,
    private readonly slots: LockSlots,
  ) {}

  private lock(name: LockName): LockApi {
    return this.api.wrap(new LockApi(this.api.k, name, this.slots[name]), "Lock");
  }

  getDocumentLock(): LockApi {
    return this.lock("document");
  }

  getScriptLock(): LockApi {
    return this.lock("script");
  }

  getUserLock(): LockApi {
    return this.lock("user");
  }
}
