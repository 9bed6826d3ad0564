/**
 * A CSV file's bytes as text: UTF-8 (with or without BOM), UTF-16 with a BOM,
 * else Windows-1252, which Swedish Excel writes. The first step of the CSV
 * door; nothing here knows about rows or cells.
 */

export type Encoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/**
 * Text from the file's bytes: UTF-8 (with or without BOM), UTF-16 with a BOM
 * (Excel's "Unicode text"), else Windows-1252 — what Swedish Excel writes for
 * "CSV (semikolonavgränsad)". The BOM is removed.
 */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: Encoding } {
  let encoding: Encoding = 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  let text: string;
  if (encoding === 'utf-8') {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      encoding = 'windows-1252';
      text = windows1252(new TextDecoder('windows-1252').decode(bytes));
    }
  } else text = new TextDecoder(encoding).decode(bytes);
  return { text: stripBom(text), encoding };
}

/**
 * Windows-1252's characters at 0x80–0x9F ("€", "–", "’", …), as the WHATWG Encoding
 * standard maps them. Browsers decode them so, but Node 20's TextDecoder reads the label as
 * ISO-8859-1 and gives control characters; the 5 bytes the code page leaves undefined stay.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const windows1252 = (s: string) =>
  s.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);

export const stripBom = (s: string) => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);
