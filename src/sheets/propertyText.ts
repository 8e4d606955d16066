/**
 * Apps Script keeps at most 9 KB per property value and 500 KB per store
 * (https://developers.google.com/apps-script/guides/services/quotas): the add-on measures what it stores.
 */
export const PROPERTY_VALUE_BYTES = 9 * 1024;

/** UTF-8 length of a string, without Node's Buffer (not in Apps Script). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
