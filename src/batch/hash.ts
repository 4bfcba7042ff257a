import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * sha256 (hex) of a file's bytes, read in chunks so that a huge file does not fill memory.
 * Synchronous on purpose: it runs in worker threads and before the pool starts, where blocking
 * costs nothing, and each async fs call would be a round trip through libuv's shared thread pool.
 */
export function hashFile(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const hash = createHash('sha256');
    const buffer = Buffer.allocUnsafe(256 * 1024);
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) break;
      hash.update(buffer.subarray(0, read));
    }
    return hash.digest('hex');
  } finally {
    closeSync(fd);
  }
}

/** hashFile, or undefined when the file cannot be read. */
export function tryHashFile(path: string): string | undefined {
  try {
    return hashFile(path);
  } catch {
    return undefined;
  }
}
