/**
 * How large a .docx (a zip) would grow if inflated, read from its central directory before any
 * entry is inflated: a 195 KB file can hold a 64 MB document.xml, or a 1 GB one, and inflating
 * that would take the memory of a batch worker and stall the run. Only the directory's sizes are
 * read; nothing is decompressed.
 */

/** Uncompressed bytes a .docx may hold in all (default 256 MiB: real reports hold a few MiB). */
export const DEFAULT_MAX_EXPANDED_BYTES = 256 * 1024 * 1024;
/**
 * Uncompressed to compressed, over the whole file (default 100: Word's XML compresses 5–15 times;
 * a zip bomb compresses hundreds or thousands of times).
 */
export const DEFAULT_MAX_EXPANSION_RATIO = 100;

export interface ZipLimits {
  maxExpandedBytes?: number;
  maxExpansionRatio?: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/**
 * The sum of the uncompressed sizes in the zip's central directory; Infinity for a size it cannot
 * state (ZIP64 markers), null when there is no readable directory (left to the zip reader to refuse).
 */
export function expandedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record sits in the last 22 bytes plus a comment of at most 65,535.
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  if (entries === 0xffff || at === 0xffffffff) return Infinity;
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return null;
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return Infinity;
    total += size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}

/** Why a zip of `bytes` must not be inflated under `limits`, or null when it may. */
export function expansionProblem(bytes: Uint8Array, limits: ZipLimits = {}): string | null {
  const total = expandedSize(bytes);
  if (total === null) return null;
  const maxBytes = limits.maxExpandedBytes ?? DEFAULT_MAX_EXPANDED_BYTES;
  const maxRatio = limits.maxExpansionRatio ?? DEFAULT_MAX_EXPANSION_RATIO;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  if (total > maxBytes) return `would inflate to ${Number.isFinite(total) ? mb(total) : 'an unstated size (ZIP64)'}, more than the limit of ${mb(maxBytes)}`;
  const ratio = total / Math.max(1, bytes.length);
  if (ratio > maxRatio) return `would inflate ${Math.round(ratio)} times (${mb(total)} from ${mb(bytes.length)}), more than the limit of ${maxRatio} times: a zip bomb, not a report`;
  return null;
}
