import JSZip from 'jszip';
import type { AttachmentKind } from '@wb/contracts';

/** A type we keep: what it is, how it is served, and the extension a download gets. */
export interface FileType {
  kind: AttachmentKind;
  mediaType: string;
  extension: string;
}

const JPEG: FileType = { kind: 'image', mediaType: 'image/jpeg', extension: 'jpg' };
const PNG: FileType = { kind: 'image', mediaType: 'image/png', extension: 'png' };
const WEBP: FileType = { kind: 'image', mediaType: 'image/webp', extension: 'webp' };
const HEIC: FileType = { kind: 'image', mediaType: 'image/heic', extension: 'heic' };
const PDF: FileType = { kind: 'pdf', mediaType: 'application/pdf', extension: 'pdf' };
const DOCX: FileType = { kind: 'word', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' };
const XLSX: FileType = { kind: 'excel', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' };
const DOC: FileType = { kind: 'word', mediaType: 'application/msword', extension: 'doc' };
const XLS: FileType = { kind: 'excel', mediaType: 'application/vnd.ms-excel', extension: 'xls' };

/** What a file is, from its bytes; or, for a type we do not keep, its name in words for the error. */
export type Sniffed = { ok: true; type: FileType } | { ok: false; found: string };

const starts = (bytes: Buffer, ...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
const ascii = (bytes: Buffer, from: number, to: number) => bytes.subarray(from, to).toString('latin1');
const utf16 = (text: string) => Buffer.from(text, 'utf16le');

/** ISO base media brands of HEIF images (HEIC from phones among them). */
const HEIF_BRANDS = ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'];

/**
 * Reads the type from the file's first bytes (and, for zip and OLE containers, what they hold):
 * JPEG, PNG, WebP, HEIC, PDF, Word and Excel (.docx/.xlsx and the older .doc/.xls). The name the
 * file came with plays no part: a renamed program is still a program.
 */
export async function sniffFileType(bytes: Buffer): Promise<Sniffed> {
  if (bytes.length === 0) return { ok: false, found: '空文件' };
  if (starts(bytes, 0xff, 0xd8, 0xff)) return { ok: true, type: JPEG };
  if (starts(bytes, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return { ok: true, type: PNG };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return { ok: true, type: WEBP };
  if (ascii(bytes, 4, 8) === 'ftyp' && HEIF_BRANDS.includes(ascii(bytes, 8, 12))) return { ok: true, type: HEIC };
  if (ascii(bytes, 0, 5) === '%PDF-') return { ok: true, type: PDF };
  if (starts(bytes, 0x50, 0x4b, 0x03, 0x04)) return officeZip(bytes);
  if (starts(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return officeCompound(bytes);
  return { ok: false, found: otherType(bytes) };
}

/** .docx and .xlsx are zip files with a content-types part and a `word/` or `xl/` folder. */
async function officeZip(bytes: Buffer): Promise<Sniffed> {
  const zip = await JSZip.loadAsync(bytes).catch(() => null);
  if (!zip) return { ok: false, found: '损坏的 ZIP 文件' };
  const names = Object.keys(zip.files);
  if (names.includes('[Content_Types].xml')) {
    if (names.some((name) => name.startsWith('word/'))) return { ok: true, type: DOCX };
    if (names.some((name) => name.startsWith('xl/'))) return { ok: true, type: XLSX };
    if (names.some((name) => name.startsWith('ppt/'))) return { ok: false, found: 'PowerPoint 演示文稿' };
  }
  return { ok: false, found: 'ZIP 压缩包' };
}

/** Word 97–2003 and Excel 97–2003 files are OLE compound files; their stream names tell which. */
function officeCompound(bytes: Buffer): Sniffed {
  if (bytes.includes(utf16('EncryptedPackage'))) return { ok: false, found: '加密的 Office 文件' };
  if (bytes.includes(utf16('WordDocument'))) return { ok: true, type: DOC };
  if (bytes.includes(utf16('Workbook')) || bytes.includes(utf16('Book'))) return { ok: true, type: XLS };
  if (bytes.includes(utf16('PowerPoint Document'))) return { ok: false, found: 'PowerPoint 演示文稿' };
  return { ok: false, found: 'Office 97–2003 的其他文件' };
}

/** Common types we refuse, named so the user knows what they sent. */
function otherType(bytes: Buffer): string {
  if (ascii(bytes, 0, 2) === 'MZ') return 'Windows 可执行程序';
  if (starts(bytes, 0x7f, 0x45, 0x4c, 0x46)) return 'Linux 可执行程序';
  if (starts(bytes, 0xcf, 0xfa, 0xed, 0xfe) || starts(bytes, 0xca, 0xfe, 0xba, 0xbe)) return 'macOS 可执行程序';
  if (ascii(bytes, 0, 2) === '#!') return '脚本';
  if (ascii(bytes, 0, 4) === 'GIF8') return 'GIF 动图';
  if (ascii(bytes, 0, 2) === 'BM') return 'BMP 图片';
  if (ascii(bytes, 0, 4) === 'Rar!') return 'RAR 压缩包';
  if (starts(bytes, 0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c)) return '7z 压缩包';
  if (starts(bytes, 0x1f, 0x8b)) return 'GZIP 压缩包';
  if (ascii(bytes, 4, 8) === 'ftyp') return '视频或其他媒体文件';
  if (/^\s*<(\?xml|!doctype html|html|svg)/i.test(ascii(bytes, 0, 64))) return 'HTML、XML 或 SVG 文本';
  const head = bytes.subarray(0, 4096);
  if (!head.includes(0) && Buffer.from(head.toString('utf8'), 'utf8').equals(head)) return '纯文本文件';
  return '无法识别的文件类型';
}
