/**
 * The lexicon's text as the bundle carries it: deflated (fflate, RFC 1951) and written in base 64. The
 * readable table stays in lexiconTable.ts for review and the tests; the add-on imports only the packed one,
 * and reads it once per execution, when a suggestion is first asked for.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";

const DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

export function pack(text: string): string {
  const bytes = deflateSync(strToU8(text), { level: 9 });
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const digits = Math.min(4, bytes.length - i + 1);
    for (let d = 0; d < digits; d++) out += DIGITS[(n >> (18 - 6 * d)) & 63];
  }
  return out;
}

export function unpack(packed: string): string {
  const bytes = new Uint8Array(Math.floor((packed.length * 3) / 4));
  let at = 0;
  for (let i = 0; i < packed.length; i += 4) {
    let n = 0;
    for (let d = 0; d < 4; d++) n = (n << 6) | (i + d < packed.length ? DIGITS.indexOf(packed[i + d]) : 0);
    for (let b = 0; b < 3 && at < bytes.length; b++) bytes[at++] = (n >> (16 - 8 * b)) & 255;
  }
  return strFromU8(inflateSync(bytes));
}
