import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { escapeControl } from './messages';

/**
 * Reading a text file that someone else wrote, so that no file can hang or crash the reader:
 * only a regular file (a FIFO would block forever, /dev/zero never ends), at most 20 MB (checked
 * before reading and again while reading, as a file can grow), strict UTF-8 (a Latin-1 file fails
 * with the offset of its first invalid byte instead of being read with replacement characters), and
 * a UTF-8 byte order mark is dropped. Problems are one line that names the file.
 */

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type TextFile = { ok: true; text: string } | { ok: false; problem: string };

export interface ReadOptions {
  /** At most this many bytes (default 20 MB). */
  readonly maxBytes?: number;
  /** How messages name the file (default: the path as given). */
  readonly shownAs?: string;
}

const EXPLAINED: Record<string, string> = { ENOENT: 'no such file', EACCES: 'permission denied', EISDIR: 'a directory', ENOTDIR: 'a folder on the path is not a folder' };

function kind(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  if (stats.isSymbolicLink()) return 'a symbolic link';
  return 'not a file';
}

const megabytes = (bytes: number) => (bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MB` : `${bytes} bytes`);

export function readTextFile(file: string, options: ReadOptions = {}): TextFile {
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  const shown = escapeControl(options.shownAs ?? file);
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO that has no writer returns at once instead of waiting for one.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    if (code === 'ENXIO') {
      // A socket cannot be opened at all; say what it is.
      try {
        return { ok: false, problem: `${shown}: not a regular file (${kind(statSync(file))})` };
      } catch {
        // fall through to the code
      }
    }
    return { ok: false, problem: `cannot read ${shown}: ${code}${EXPLAINED[code] ? ` (${EXPLAINED[code]})` : ''}` };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { ok: false, problem: `${shown}: not a regular file (${kind(stats)})` };
    if (stats.size > maxBytes) return { ok: false, problem: `${shown}: larger than ${megabytes(maxBytes)} (${stats.size} bytes)` };
    const chunks: Buffer[] = [];
    let total = 0;
    for (let size = Math.min(stats.size + 1, maxBytes + 1); ; size = Math.min(64 * 1024, maxBytes + 1 - total)) {
      // Never more than one byte past the limit, whatever fstat said: the file may grow, and a
      // file in /proc says it is empty.
      const buffer = Buffer.allocUnsafe(size);
      const read = readSync(fd, buffer, 0, size, null);
      if (read === 0) break;
      chunks.push(buffer.subarray(0, read));
      total += read;
      if (total > maxBytes) return { ok: false, problem: `${shown}: larger than ${megabytes(maxBytes)} (more than ${maxBytes} bytes read)` };
    }
    const decoded = decodeUtf8(Buffer.concat(chunks, total));
    if (!decoded.ok) return { ok: false, problem: `${shown}: not valid UTF-8${decoded.offset >= 0 ? ` at byte ${decoded.offset}` : ''}` };
    return { ok: true, text: stripBom(decoded.text) };
  } catch (error) {
    return { ok: false, problem: `cannot read ${shown}: ${(error as NodeJS.ErrnoException).code ?? 'error'}` };
  } finally {
    closeSync(fd);
  }
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Strict UTF-8: the text, or the offset of the first byte of the first ill-formed sequence. */
export function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; offset: number } {
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    return { ok: false, offset: firstInvalidUtf8(bytes) };
  }
}

/**
 * The offset of the first byte that starts an ill-formed UTF-8 sequence (a stray continuation
 * byte, a lead byte not followed by enough continuation bytes, an overlong form, a surrogate, a code
 * point above U+10FFFF), or -1 if every byte is well-formed.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) need = 1;
    else if (lead === 0xe0) [need, low] = [2, 0xa0];
    else if (lead === 0xed) [need, high] = [2, 0x9f];
    else if (lead >= 0xe1 && lead <= 0xef) need = 2;
    else if (lead === 0xf0) [need, low] = [3, 0x90];
    else if (lead === 0xf4) [need, high] = [3, 0x8f];
    else if (lead >= 0xf1 && lead <= 0xf3) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Drops a leading UTF-8 byte order mark (U+FEFF), which JSON.parse would reject. */
export const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
