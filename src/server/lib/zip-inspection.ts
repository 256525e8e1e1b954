/**
 * Reads the central directory of a ZIP file (an XLSX is one) without inflating anything, so that a
 * zip bomb is refused by its declared sizes before a spreadsheet library expands it in memory.
 */
export type ZipEntry = { name: string; compressedBytes: number; uncompressedBytes: number };

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
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
