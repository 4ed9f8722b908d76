import {
  AlignmentType,
  BorderStyle,
  Footer,
  HeadingLevel,
  ImageRun,
  IStylesOptions,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { percentText, signed } from './format';
import { ColumnKind, ReportTable, ReportTableCell as Cell } from '@wb/contracts';
import { textWidth } from './svg-text';

/**
 * Word building blocks in the house style of Chinese work reports: 宋体 body, 黑体 headings,
 * paragraphs indented by two characters, A4 with 2.54 cm margins.
 */

/** Sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt, 五号 10.5 pt, 小五 9 pt. */
export const SIZE = { title: 44, heading1: 32, heading2: 28, body: 24, table: 21, small: 18 } as const;

/** eastAsia is what Word uses for Chinese characters; Latin text and digits get a matching serif. */
const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: '宋体' };
const HEADING_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: '黑体' };
const SUBHEADING_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: '楷体' };

/** A4 in twips, 2.54 cm margins: the text is 9026 twips (about 602 px) wide. */
export const PAGE = { width: 11906, height: 16838, margin: 1440 } as const;
export const TEXT_WIDTH_TWIPS = PAGE.width - 2 * PAGE.margin;

export const STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: BODY_FONT, size: SIZE.body, language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
      paragraph: { spacing: { after: 0, line: 360 } },
    },
    title: {
      run: { font: HEADING_FONT, size: SIZE.title, bold: false, color: '000000' },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 } },
    },
    heading1: {
      run: { font: HEADING_FONT, size: SIZE.heading1, bold: false, color: '000000' },
      paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
    },
    heading2: {
      run: { font: SUBHEADING_FONT, size: SIZE.heading2, bold: true, color: '000000' },
      paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
    },
  },
};

export const title = (text: string) => new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(text)] });
export const heading1 = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(text)] });
export const heading2 = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(text)] });

export function centred(text: string, size: number = SIZE.table): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, size })] });
}

/** A body paragraph, first line indented by two characters; its lines kept as line breaks. */
export function bodyParagraph(lines: string[]): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLineChars: 200, firstLine: 2 * 240 },
    children: lines.map((line, i) => new TextRun({ text: line, break: i === 0 ? 0 : 1 })),
  });
}

/** A note under a table, in small type. */
export function note(text: string): Paragraph {
  return new Paragraph({ spacing: { before: 60 }, children: [new TextRun({ text, size: SIZE.small, color: '555555' })] });
}

/** A chart image at the text width, kept on the page of its caption. */
export function figure(image: Buffer, widthPx: number, heightPx: number, caption: string, type: 'png' | 'jpg' = 'png'): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 120 },
      children: [new ImageRun({ type, data: image, transformation: { width: widthPx, height: heightPx }, altText: { name: caption, title: caption, description: caption } })],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [new TextRun({ text: caption, size: SIZE.table })] }),
  ];
}

export function pageNumberFooter(): Footer {
  return new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: SIZE.small })] })],
  });
}

export function cellText(value: Cell, kind: ColumnKind): string {
  if (value === null || value === '') return '—';
  if (typeof value === 'string') return value;
  if (kind === 'signed') return signed(value);
  if (kind === 'percent') return percentText(value);
  if (kind === 'change') return (value > 0 ? '+' : '') + percentText(value);
  return String(value);
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };

/** Column widths in twips, in proportion to the widest text of each column (within limits). */
function columnWidths(table: ReportTable, size: number): number[] {
  const texts = (i: number) => [table.columns[i].header, ...[...table.rows, ...(table.footer ? [table.footer] : [])].map((r) => cellText(r[i], table.columns[i].kind))];
  const weights = table.columns.map((_, i) => Math.min(Math.max(...texts(i).map((t) => textWidth(t, size))), size * 12) + size);
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((w / sum) * TEXT_WIDTH_TWIPS));
}

/** A report table: shaded header repeated on each page, figures centred, the footer in bold. */
export function docTable(table: ReportTable, size: number = SIZE.table): Table {
  const cell = (text: string, options: { bold?: boolean; shade?: boolean; align?: 'left' | 'center' }) =>
    new TableCell({
      verticalAlign: VerticalAlign.CENTER,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      shading: options.shade ? { fill: 'F2F2F2', color: 'auto', type: 'clear' } : undefined,
      children: [
        new Paragraph({
          alignment: options.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
          spacing: { line: 276 },
          children: [new TextRun({ text, bold: options.bold, size })],
        }),
      ],
    });
  const row = (cells: Cell[], bold: boolean) =>
    new TableRow({
      cantSplit: true,
      children: cells.map((value, i) => cell(cellText(value, table.columns[i].kind), { bold, align: table.columns[i].kind === 'text' ? 'left' : 'center' })),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: columnWidths(table, size),
    borders: BORDERS,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: table.columns.map((c) => cell(c.header, { bold: true, shade: true })) }),
      ...table.rows.map((r) => row(r, false)),
      ...(table.footer ? [row(table.footer, true)] : []),
    ],
  });
}
