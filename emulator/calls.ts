/**
 * Service-call accounting: every call on a service object counts once under "Class.method". Each one is a
 * round trip in Apps Script, which is what the add-on's batching design minimises. Fault injection makes
 * the n-th counted call fail, the way a transient service error would.
 */
export class CallCounter {
  total = 0;
  byMethod: Record<string, number> = {};
  /** When true, every call's name in order (off by default: a naive bench makes millions of calls). */
  record = false;
  sequence: string[] = [];
  private failAt: number | null = null;
  private seen = 0;

  reset(): void {
    this.total = 0;
    this.byMethod = {};
    this.sequence = [];
  }

  /** Arms fault injection: the n-th counted call from now (1-based) throws; null disarms. */
  failOnCall(n: number | null): void {
    if (n !== null && (!Number.isInteger(n) || n < 1))
      throw new Error("failOnCall expects a positive integer or null");
    this.failAt = n;
    this.seen = 0;
  }

  /** Records a call; returns true when this call is the one chosen to fail. */
  hit(name: string): boolean {
    this.total++;
    this.byMethod[name] = (this.byMethod[name] ?? 0) + 1;
    if (this.record) this.sequence.push(name);
    if (this.failAt === null) return false;
    this.seen++;
    if (this.seen < this.failAt) return false;
    this.failAt = null;
    return true;
  }
}
