import { inflateRawSync } from 'node:zlib';

/** The most a single entry may inflate to: a 20 MiB upload of text stays far below; a zip bomb does not. */
const MAX_ENTRY_BYTES = 512 * 1024 * 1024;

/**
 * The entries of a zip file (an .xlsx), read from its central directory and inflated by Node's
 * zlib on demand — several times faster than a JavaScript inflater for the megabytes of XML a
 * large sheet holds. Throws on anything that is not a well-formed zip.
 */
export class ZipEntries {
  private readonly entries = new Map<string, { method: number; offset: number; size: number }>();

  constructor(private readonly zip: Buffer) {
    const end = this.endOfDirectory();
    const count = zip.readUInt16LE(end + 10);
    let at = zip.readUInt32LE(end + 16);
    for (let i = 0; i < count; i++) {
      if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('broken central directory');
      const method = zip.readUInt16LE(at + 10);
      const size = zip.readUInt32LE(at + 20);
      const nameLength = zip.readUInt16LE(at + 28);
      const extraLength = zip.readUInt16LE(at + 30);
      const commentLength = zip.readUInt16LE(at + 32);
      const header = zip.readUInt32LE(at + 42);
      const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
      if (zip.readUInt32LE(header) !== 0x04034b50) throw new Error('broken local header');
      const offset = header + 30 + zip.readUInt16LE(header + 26) + zip.readUInt16LE(header + 28);
      if (offset + size > zip.length) throw new Error('truncated entry');
      this.entries.set(name, { method, offset, size });
      at += 46 + nameLength + extraLength + commentLength;
    }
  }

  /** The entry's bytes as UTF-8 text, or undefined when the zip has no such entry. */
  text(name: string): string | undefined {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    const stored = this.zip.subarray(entry.offset, entry.offset + entry.size);
    if (entry.method === 0) return stored.toString('utf8');
    if (entry.method !== 8) throw new Error(`unsupported compression ${entry.method}`);
    return inflateRawSync(stored, { maxOutputLength: MAX_ENTRY_BYTES }).toString('utf8');
  }

  /** The end-of-central-directory record, searched from the end (it may be followed by a comment). */
  private endOfDirectory(): number {
    for (let at = this.zip.length - 22; at >= Math.max(0, this.zip.length - 22 - 0xffff); at--) {
      if (this.zip.readUInt32LE(at) === 0x06054b50) return at;
    }
    throw new Error('no central directory');
  }
}
