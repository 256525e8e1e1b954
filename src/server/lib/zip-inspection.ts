import { inflateRawSync } from 'node:zlib';

/**
 * Reads the central directory of a ZIP file (an XLSX is one) without inflating anything, so that a
 * zip bomb is refused by its declared sizes before anything is expanded in memory; then single
 * entries, each inflated no further than a given size whatever its header claims.
 */
export type ZipEntry = { name: string; compressedBytes: number; uncompressedBytes: number; method: number; localHeaderOffset: number };

export function listZipEntries(file: Buffer): ZipEntry[] | null {
  // The end-of-central-directory record is in the last 64 KiB + 22 bytes.
  const searchFrom = Math.max(0, file.length - 65_557);
  let end = -1;
  for (let i = file.length - 22; i >= searchFrom; i--) {
    if (file.readUInt32LE(i) === 0x06054b50) { end = i; break; }
  }
  if (end < 0) return null;
  const count = file.readUInt16LE(end + 10);
  let offset = file.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > file.length || file.readUInt32LE(offset) !== 0x02014b50) return null;
    const nameLength = file.readUInt16LE(offset + 28);
    const extraLength = file.readUInt16LE(offset + 30);
    const commentLength = file.readUInt16LE(offset + 32);
    entries.push({
      name: file.toString('utf8', offset + 46, offset + 46 + nameLength),
      compressedBytes: file.readUInt32LE(offset + 20),
      uncompressedBytes: file.readUInt32LE(offset + 24),
      method: file.readUInt16LE(offset + 10),
      localHeaderOffset: file.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

export class ZipEntryTooLargeError extends Error {}

/**
 * The content of one entry, stored or deflated (the two methods Office writes). Sizes come from the
 * central directory: a local header may leave them zero and put them after the data. Throws on an
 * entry that is not where the directory says, uses another method, or inflates past `maxBytes`.
 */
export function readZipEntry(file: Buffer, entry: ZipEntry, maxBytes: number): Buffer {
  const local = entry.localHeaderOffset;
  if (local + 30 > file.length || file.readUInt32LE(local) !== 0x04034b50) throw new Error(`no local header for ${entry.name}`);
  const start = local + 30 + file.readUInt16LE(local + 26) + file.readUInt16LE(local + 28);
  const data = file.subarray(start, start + entry.compressedBytes);
  if (data.length !== entry.compressedBytes) throw new Error(`${entry.name} is cut short`);
  if (entry.method === 0) {
    if (data.length > maxBytes) throw new ZipEntryTooLargeError(entry.name);
    return data;
  }
  if (entry.method !== 8) throw new Error(`${entry.name} uses compression method ${entry.method}`);
  try {
    return inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new ZipEntryTooLargeError(entry.name);
    throw error;
  }
}
