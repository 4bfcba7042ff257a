/**
 * Bytes → text. Pure: no file access; `file` only names the source in error messages.
 *
 * The text is returned exactly as decoded apart from a removed byte-order mark: line ends
 * (CRLF, CR) and surrounding whitespace stay, because every offset downstream indexes this string.
 */
import { Buffer, isUtf8 } from 'node:buffer';
import { ReadError } from './errors.js';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/** Above this share of disallowed control characters a file is taken for binary data. */
const CONTROL_SHARE_LIMIT = 0.1;

/** C0 controls that do occur in text files: \t \n \f \r and ESC (ANSI colour codes in logs). */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0c, 0x0d, 0x1b]);

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

export function decodeBytes(bytes: Uint8Array, file = '<bytes>'): DecodedText {
  if (bytes.length === 0) throw new ReadError('EMPTY', file, 'file is empty');

  // UTF-32LE's BOM begins with UTF-16LE's; catch it before it is misread as UTF-16 with NULs.
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) {
    throw new ReadError('DECODE', file, 'cannot decode text: UTF-32 is not supported');
  }

  let decoded: DecodedText;
  if (startsWith(bytes, UTF16LE_BOM)) {
    decoded = decodeUtf16(bytes, 'utf-16le', file);
  } else if (startsWith(bytes, UTF16BE_BOM)) {
    decoded = decodeUtf16(bytes, 'utf-16be', file);
  } else {
    // Checked on the bytes, before decoding: UTF-8 and GB18030 never use bytes below 0x20 inside
    // a multi-byte character, so every such byte is a real control character.
    const binary = binaryReason(bytes);
    if (binary) throw new ReadError('BINARY', file, `not a text file (binary content: ${binary})`);
    decoded = decodeUtf8OrGb18030(bytes, file);
  }

  if (!/\S/u.test(decoded.text)) {
    throw new ReadError('EMPTY', file, decoded.text === '' ? 'file is empty' : 'file contains only whitespace');
  }
  return decoded;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', file: string): DecodedText {
  // The BOM is cut off here and ignoreBOM keeps any further U+FEFF as text, so exactly one is removed.
  const text = tryDecode(encoding, bytes.subarray(2));
  if (text === undefined) {
    throw new ReadError(
      'DECODE',
      file,
      `cannot decode text: starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()}`,
    );
  }
  // UTF-16 text has NUL bytes by nature, so the binary check looks at code units instead.
  const binary = binaryReason(codeUnits(text));
  if (binary) throw new ReadError('BINARY', file, `not a text file (binary content: ${binary})`);
  return { text, encoding };
}

function decodeUtf8OrGb18030(bytes: Uint8Array, file: string): DecodedText {
  if (startsWith(bytes, UTF8_BOM)) {
    const text = tryDecodeUtf8(bytes.subarray(3));
    if (text === undefined) {
      // A BOM declares UTF-8; guessing GB18030 here would only produce garbage.
      const at = firstInvalidUtf8(bytes.subarray(3));
      throw new ReadError(
        'DECODE',
        file,
        `cannot decode text: starts with a UTF-8 byte-order mark but is not valid UTF-8${at >= 0 ? ` (invalid sequence at byte ${at + 3})` : ''}`,
      );
    }
    return { text, encoding: 'utf-8-bom' };
  }

  const utf8 = tryDecodeUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };

  let gb: InstanceType<typeof TextDecoder>;
  try {
    gb = new TextDecoder('gb18030', { fatal: true, ignoreBOM: true });
  } catch {
    // Node builds without full ICU have no GB18030 decoder.
    throw new ReadError('DECODE', file, 'cannot decode text: not valid UTF-8, and this Node.js has no GB18030 decoder');
  }
  try {
    return { text: gb.decode(bytes), encoding: 'gb18030' };
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new ReadError(
      'DECODE',
      file,
      `cannot decode text: neither valid UTF-8${at >= 0 ? ` (invalid sequence at byte ${at})` : ''} nor GB18030`,
    );
  }
}

/**
 * Strict UTF-8 (WHATWG fatal rules: no overlongs, no surrogates): Node's validator and decoder
 * give the same result as a fatal TextDecoder at well under its cost, on every file of a batch.
 */
function tryDecodeUtf8(bytes: Uint8Array): string | undefined {
  return isUtf8(bytes) ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') : undefined;
}

function tryDecode(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Why `units` (bytes or UTF-16 code units) look binary, or undefined when they look like text. */
function binaryReason(units: ArrayLike<number>): string | undefined {
  let controls = 0;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    if (unit >= 0x20) continue;
    if (unit === 0) return `NUL at offset ${i}`;
    if (!TEXT_CONTROLS.has(unit)) controls++;
  }
  if (controls > units.length * CONTROL_SHARE_LIMIT) return `${controls} control characters in ${units.length}`;
  return undefined;
}

function codeUnits(text: string): Uint16Array {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** Offset of the first byte that breaks UTF-8 (WHATWG rules), or -1. Only used to point at the problem. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) need = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2;
      if (lead === 0xe0) lo = 0xa0; // overlong
      if (lead === 0xed) hi = 0x9f; // surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3;
      if (lead === 0xf0) lo = 0x90; // overlong
      if (lead === 0xf4) hi = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined) return i;
      if (next < (k === 1 ? lo : 0x80) || next > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}
