import { ZipEntries } from './zip-entries';

/** A cell's plain value, as an import reads it: text, a number, a date, a boolean, or nothing. */
export type PlainCell = string | number | boolean | Date | null;

/** The first visible sheet that holds values: its rows by the sheet's own numbers, cells by column (0-based). */
export interface XlsxRows {
  rows: { row: number; cells: PlainCell[] }[];
}

/** Built-in number formats that show dates or times: Excel's own, and the Chinese/Japanese/Korean ones. */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, code: string) =>
    code[0] === '#' ? String.fromCodePoint(code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1))) : ENTITIES[code],
  );
}

function attributes(text: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of text.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) found[match[1]] = unescapeXml(match[2] ?? match[3]);
  return found;
}

/** The pattern of each element name, made once (a sheet asks for the cells of every row). */
const elementPatterns = new Map<string, RegExp>();

/** Elements named `name` (any namespace prefix): their attributes and inner XML. */
function* elements(xml: string, name: string): Generator<{ attrs: string; inner: string }> {
  let pattern = elementPatterns.get(name);
  if (!pattern) elementPatterns.set(name, (pattern = new RegExp(`<(?:\\w+:)?${name}(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</(?:\\w+:)?${name}>)`, 'g')));
  // matchAll works on a copy of the pattern: sharing it is safe
  for (const match of xml.matchAll(pattern)) yield { attrs: match[1], inner: match[2] ?? '' };
}

/** The text of a string item or inline string: its runs joined, phonetic guides left out. */
function textOf(xml: string): string {
  // most items are one plain run: <t>…</t>
  if (xml.startsWith('<t>') && xml.endsWith('</t>') && xml.indexOf('<', 3) === xml.length - 4) return unescapeXml(xml.slice(3, -4));
  let text = '';
  const withoutGuides = xml.includes('rPh') ? xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '') : xml;
  for (const t of elements(withoutGuides, 't')) text += unescapeXml(t.inner);
  return text;
}

/** Columns A to XFD: as many as Excel has. */
const MAX_COLUMNS = 16_384;

/** A1 → 0, AB7 → 27. */
function columnIndex(reference: string): number {
  let index = 0;
  for (let i = 0; i < reference.length; i++) {
    const code = reference.charCodeAt(i);
    if (code < 65 || code > 90) break;
    index = index * 26 + code - 64;
  }
  return index - 1;
}

/** Whether a custom number format shows a date or time (as exceljs decides: y, m, d, h, s outside quotes and brackets). */
const isDateFormat = (code: string) => /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));

/** Excel's day number as a Date (midnight UTC for a whole day), in the 1900 or 1904 system. */
const excelDate = (days: number, date1904: boolean) => new Date(Math.round((days - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));

/** Which cell styles (by index) show dates. */
function dateStyles(stylesXml: string | undefined): boolean[] {
  if (!stylesXml) return [];
  const custom = new Map<number, string>();
  for (const format of elements(stylesXml, 'numFmt')) {
    const { numFmtId, formatCode } = attributes(format.attrs);
    custom.set(Number(numFmtId), formatCode ?? '');
  }
  const cellXfs = [...elements(stylesXml, 'cellXfs')][0]?.inner ?? '';
  return [...cellXfs.matchAll(/<(?:\w+:)?xf\b([^>]*)>/g)].map((match) => {
    const id = Number(attributes(match[1]).numFmtId ?? 0);
    return custom.has(id) ? isDateFormat(custom.get(id)!) : DATE_FORMAT_IDS.has(id);
  });
}

const VALUE = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/;

function cellValue(attrs: CellAttributes, inner: string, shared: string[], dates: boolean[], date1904: boolean): PlainCell {
  const type = attrs.t ?? 'n';
  if (type === 'inlineStr') return textOf(inner);
  // most cells hold just their value: <v>42</v>
  const raw = inner.startsWith('<v>') && inner.endsWith('</v>') && inner.indexOf('<', 3) === inner.length - 4 ? inner.slice(3, -4) : VALUE.exec(inner)?.[1];
  if (raw === undefined) return null;
  switch (type) {
    case 's':
      return shared[Number(raw)] ?? null;
    case 'str':
      return unescapeXml(raw);
    case 'b':
      return raw.trim() === '1';
    case 'e':
      return null;
    case 'd':
      return new Date(raw);
    default: {
      const number = Number(raw);
      if (Number.isNaN(number)) return unescapeXml(raw);
      return dates[Number(attrs.s ?? 0)] ? excelDate(number, date1904) : number;
    }
  }
}

/**
 * Reads the values of an .xlsx's first visible sheet with values — what an import needs and nothing
 * more (no styles, formulas or layout): a formula's cached result, rich text as plain text, dates by
 * their number format. Several times faster than loading the whole workbook model.
 * Throws when the zip is broken or is not a workbook.
 */
export function readXlsxRows(file: Buffer): XlsxRows | null {
  const zip = new ZipEntries(file);
  const workbook = zip.text('xl/workbook.xml');
  if (workbook === undefined) throw new Error('not a workbook');
  const relations = new Map<string, string>();
  for (const relation of elements(zip.text('xl/_rels/workbook.xml.rels') ?? '', 'Relationship')) {
    const { Id, Target } = attributes(relation.attrs);
    relations.set(Id, Target.startsWith('/') ? Target.slice(1) : `xl/${Target}`);
  }
  const workbookPr = [...elements(workbook, 'workbookPr')][0];
  const date1904 = ['1', 'true'].includes(workbookPr ? attributes(workbookPr.attrs).date1904 ?? '' : '');
  const sheets = [...elements(workbook, 'sheet')].map((sheet) => attributes(sheet.attrs));
  let shared: string[] | undefined;
  let dates: boolean[] | undefined;
  for (const sheet of sheets) {
    if (sheet.state === 'hidden' || sheet.state === 'veryHidden') continue;
    const relationId = Object.entries(sheet).find(([key]) => key.endsWith(':id') || key === 'id')?.[1];
    const xml = relationId ? zip.text(relations.get(relationId) ?? '') : undefined;
    if (!xml) continue;
    shared ??= [...elements(zip.text('xl/sharedStrings.xml') ?? '', 'si')].map((item) => textOf(item.inner));
    dates ??= dateStyles(zip.text('xl/styles.xml'));
    const rows = sheetRows(xml, shared, dates, date1904);
    if (rows.some((row) => row.cells.some((cell) => cell !== null))) return { rows };
  }
  return null;
}

/** A cell's three attributes that matter: its reference, type and style. */
interface CellAttributes {
  r?: string;
  t?: string;
  s?: string;
}

/** An attribute's value written as ` name="…"`, or undefined. */
function quoted(text: string, needle: string): string | undefined {
  const at = text.indexOf(needle);
  return at === -1 ? undefined : text.slice(at + needle.length, text.indexOf('"', at + needle.length));
}

/** A cell's (or a row's) three attributes that matter (r, t, s), found by position: a sheet has hundreds of thousands. */
function cellAttributes(text: string): CellAttributes {
  // quotes of the other kind, or whitespace other than spaces: the general parser
  if (text.includes("'") || /[\t\n\r]/.test(text)) return attributes(text);
  return { r: quoted(text, ' r="'), t: quoted(text, ' t="'), s: quoted(text, ' s="') };
}

const isNameEnd = (code: number) => code === 0x20 || code === 0x2f || code === 0x3e || code === 0x09 || code === 0x0a || code === 0x0d; // space / > tab newlines

/**
 * The sheet's rows and their cells, in one pass over its XML (a sheet of 10,000 rows is 4 MB),
 * jumping from tag to tag: a row's start tag opens a row, a cell is read whole up to its end tag.
 */
function sheetRows(xml: string, shared: string[], dates: boolean[], date1904: boolean): XlsxRows['rows'] {
  const rows: XlsxRows['rows'] = [];
  let cells: PlainCell[] | undefined;
  let rowNumber = 0;
  let column = -1;
  let at = xml.indexOf('<');
  while (at !== -1) {
    if (xml.startsWith('<!--', at)) {
      const end = xml.indexOf('-->', at + 4);
      at = end === -1 ? -1 : xml.indexOf('<', end + 3);
      continue;
    }
    const close = xml.indexOf('>', at);
    if (close === -1) break;
    // an end tag, a declaration or a processing instruction: nothing to read
    if ('/!?'.includes(xml[at + 1])) {
      at = xml.indexOf('<', close + 1);
      continue;
    }
    let nameEnd = at + 1;
    while (nameEnd < close && !isNameEnd(xml.charCodeAt(nameEnd))) nameEnd++;
    const qualified = xml.slice(at + 1, nameEnd);
    const local = qualified.slice(qualified.indexOf(':') + 1);
    const empty = xml.charCodeAt(close - 1) === 0x2f; // ends with />
    let next = close + 1;
    if (local === 'row') {
      rowNumber = Number(cellAttributes(xml.slice(nameEnd, empty ? close - 1 : close)).r ?? rowNumber + 1);
      rows.push({ row: rowNumber, cells: (cells = []) });
      column = -1;
    } else if (local === 'c' && cells) {
      let inner = '';
      if (!empty) {
        const endTag = qualified === 'c' ? '</c>' : `</${qualified}>`;
        const end = xml.indexOf(endTag, close + 1);
        if (end === -1) throw new Error('a cell without its end tag');
        inner = xml.slice(close + 1, end);
        next = end + endTag.length;
      }
      const attrs = cellAttributes(xml.slice(nameEnd, empty ? close - 1 : close));
      column = attrs.r ? columnIndex(attrs.r) : column + 1;
      // Excel stops at column XFD; a reference past it (ZZZZZ1) would have the row padded with millions of blanks.
      if (column >= MAX_COLUMNS) throw new Error(`cell ${attrs.r} lies past the last column Excel has`);
      while (cells.length < column) cells.push(null);
      cells[column] = cellValue(attrs, inner, shared, dates, date1904);
    }
    at = xml.indexOf('<', next);
  }
  return rows;
}
