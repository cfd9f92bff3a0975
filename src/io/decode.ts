import { isAscii, isUtf8, transcode } from 'node:buffer';
import { utf16leView } from '../kernel/code-units';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface Decoded {
  text: string;
  bom: boolean;
  encoding: Encoding;
  /**
   * `text` as UTF-16 code units, when decoding made them anyway (see `Document.units`). UTF-8 with
   * other than ASCII in it is decoded to UTF-16 natively, then read as the string: faster than
   * decoding to a string and copying its code units out again.
   */
  units?: Uint16Array;
}

/** Why a file cannot be checked as text; `byteOffset` points at the first bad byte. */
export class DecodeError extends Error {
  constructor(
    message: string,
    readonly reason: 'binary' | 'encoding',
    readonly byteOffset?: number,
  ) {
    super(message);
    this.name = 'DecodeError';
  }
}

/**
 * Decodes an article. UTF-8 (with or without BOM) and UTF-16 with a BOM are accepted. Invalid
 * UTF-8 is refused with the byte offset rather than silently replaced, so `--fix` can never
 * write U+FFFD into an article; files with NUL bytes are treated as binary.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be');
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new DecodeError(`binary file (NUL byte at offset ${nul}); skipped`, 'binary', nul);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  // The native check answers the usual case, a valid file, at memory speed; the scan only
  // runs to find where a bad file goes wrong.
  const bad = isUtf8(body) ? -1 : firstInvalidUtf8(body);
  if (bad !== -1) {
    const offset = bad + (bom ? 3 : 0);
    throw new DecodeError(`invalid UTF-8 at byte offset ${offset} (0x${bytes[offset].toString(16).padStart(2, '0')}); convert the file to UTF-8`, 'encoding', offset);
  }
  const bytesOfBody = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  // Plain ASCII makes a one-byte string, half the memory of UTF-16 and quicker to search.
  if (isAscii(bytesOfBody)) return { text: bytesOfBody.toString('latin1'), bom, encoding: 'utf-8' };
  const wide = transcode(bytesOfBody, 'utf8', 'utf16le');
  return { text: wide.toString('utf16le'), bom, encoding: 'utf-8', units: utf16leView(wide) };
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  if (bytes.length % 2) throw new DecodeError(`invalid ${encoding.toUpperCase()}: odd number of bytes`, 'encoding', bytes.length - 1);
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2));
    if (text.includes('\u0000')) throw new DecodeError('binary file (NUL character); skipped', 'binary');
    return { text, bom: true, encoding };
  } catch (err) {
    if (err instanceof DecodeError) throw err;
    throw new DecodeError(`invalid ${encoding.toUpperCase()} (unpaired surrogate)`, 'encoding');
  }
}

export function encode(text: string, decoded: Pick<Decoded, 'bom' | 'encoding'>): Buffer {
  if (decoded.encoding === 'utf-8') {
    const body = Buffer.from(text, 'utf8');
    return decoded.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
  }
  const le = Buffer.from(text, 'utf16le');
  if (decoded.encoding === 'utf-16be') le.swap16();
  const bom = decoded.encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return Buffer.concat([Buffer.from(bom), le]);
}

/** Index of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) (need = 1), (min = 0x80);
    else if (c >= 0xe0 && c <= 0xef) (need = 2), (min = 0x800);
    else if (c >= 0xf0 && c <= 0xf4) (need = 3), (min = 0x10000);
    else return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}
