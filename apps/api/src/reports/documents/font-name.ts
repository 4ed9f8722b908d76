import { readFileSync } from 'node:fs';

/**
 * The family name inside a TrueType/OpenType font file (or the first font of a .ttc collection),
 * read from its `name` table: a font given by REPORT_FONT_FILE must be asked for by that name, or
 * resvg may draw with another installed font instead. null when the file is not a readable font.
 */

const TYPOGRAPHIC_FAMILY = 16; // what font databases group by, when present
const FAMILY = 1;
const WINDOWS = 3;
const MAC = 1;
const US_ENGLISH = 0x409;

const cache = new Map<string, string | null>();

export function fontFamilyName(file: string): string | null {
  if (!cache.has(file)) cache.set(file, readFamily(file));
  return cache.get(file)!;
}

function readFamily(file: string): string | null {
  try {
    const font = readFileSync(file);
    const start = font.toString('latin1', 0, 4) === 'ttcf' ? font.readUInt32BE(12) : 0;
    const tables = font.readUInt16BE(start + 4);
    for (let i = 0; i < tables; i++) {
      const record = start + 12 + i * 16;
      if (font.toString('latin1', record, record + 4) === 'name') return familyIn(font, font.readUInt32BE(record + 8));
    }
    return null;
  } catch {
    return null; // too short, unreadable or not a font: the caller falls back
  }
}

interface NameRecord {
  platform: number;
  language: number;
  nameId: number;
  text: string;
}

function familyIn(font: Buffer, table: number): string | null {
  const count = font.readUInt16BE(table + 2);
  const strings = table + font.readUInt16BE(table + 4);
  const records: NameRecord[] = [];
  for (let i = 0; i < count; i++) {
    const at = table + 6 + i * 12;
    const [platform, , language, nameId, length, offset] = [0, 2, 4, 6, 8, 10].map((o) => font.readUInt16BE(at + o));
    if (nameId !== FAMILY && nameId !== TYPOGRAPHIC_FAMILY) continue;
    const bytes = font.subarray(strings + offset, strings + offset + length);
    if (platform === WINDOWS) records.push({ platform, language, nameId, text: Buffer.from(bytes).swap16().toString('utf16le') });
    else if (platform === MAC) records.push({ platform, language, nameId, text: bytes.toString('latin1') });
  }
  // The typographic family before the legacy one; English Windows names before any other.
  const rank = (r: NameRecord) => (r.nameId === TYPOGRAPHIC_FAMILY ? 0 : 4) + (r.platform === WINDOWS ? (r.language === US_ENGLISH ? 0 : 1) : 2);
  const best = records.filter((r) => r.text.trim()).sort((a, b) => rank(a) - rank(b))[0];
  return best ? best.text.trim() : null;
}
