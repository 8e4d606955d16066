/**
 * A short fingerprint of what a sheet shows, so the sidebar can ask "did anything change?" in one cheap call
 * and re-analyse only when the answer is yes. FNV-1a (32 bits) over the JSON of the parts: not a security
 * hash, only a change detector, where a miss costs one stale view until the next change.
 */
export function changeToken(parts: readonly unknown[]): string {
  const text = JSON.stringify(parts);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${text.length.toString(36)}-${hash.toString(36)}`;
}
