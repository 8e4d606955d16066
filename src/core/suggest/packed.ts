/**
 * The lexicon's text as the bundle carries it: deflated (fflate, RFC 1951) and written in 91 printable ASCII
 * characters, 13 bits in every two (the basE91 idea: 6.5 bits a character where base 64 carries 6, so the
 * string is 8% shorter). The characters leave out those a string literal or an inline script would escape
 * (", \, `, <). The readable table stays in lexiconTable.ts for review and the tests; the add-on imports only
 * the packed one, and reads it once per execution, when a suggestion is first asked for.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";

const DIGITS = [...Array(95).keys()]
  .map((i) => String.fromCharCode(32 + i))
  .filter((c) => !'"\\`<'.includes(c))
  .join("");
const BASE = DIGITS.length; // 91: 91 × 91 = 8281 ≥ 2¹³

/** The first character says how many bits of the last pair are padding past the last byte (0..12). */
export function pack(text: string): string {
  const bytes = deflateSync(strToU8(text), { level: 9 });
  const pairs = Math.ceil((bytes.length * 8) / 13);
  let out = DIGITS[pairs * 13 - bytes.length * 8];
  let buffer = 0;
  let held = 0;
  let at = 0;
  for (let p = 0; p < pairs; p++) {
    while (held < 13) {
      buffer |= (bytes[at++] ?? 0) << held;
      held += 8;
    }
    const value = buffer & 8191;
    buffer >>>= 13;
    held -= 13;
    out += DIGITS[value % BASE] + DIGITS[Math.floor(value / BASE)];
  }
  return out;
}

export function unpack(packed: string): string {
  const pairs = (packed.length - 1) / 2;
  const bytes = new Uint8Array((pairs * 13 - DIGITS.indexOf(packed[0])) / 8);
  let buffer = 0;
  let held = 0;
  let at = 0;
  for (let i = 1; i < packed.length; i += 2) {
    buffer |= (DIGITS.indexOf(packed[i]) + DIGITS.indexOf(packed[i + 1]) * BASE) << held;
    held += 13;
    while (held >= 8 && at < bytes.length) {
      bytes[at++] = buffer & 255;
      buffer >>>= 8;
      held -= 8;
    }
  }
  return strFromU8(inflateSync(bytes));
}
