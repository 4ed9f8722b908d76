import { describe, expect, it } from 'vitest';
import { labelledEnum } from '@wb/contracts';
import { cellOf, headerOf, type CellContext } from './columns';
import { toCsv, UTF8_BOM } from './csv';

const Color = labelledEnum({ red: { zh: '红色', en: 'Red' }, blue: { zh: '蓝色', en: 'Blue' } });

const messages: Record<string, string> = { 'resources.things.fields.color': '颜色' };
const context = (locale = 'zh'): CellContext => ({
  locale,
  translate: (key, options) => messages[key] ?? (options?._ as string) ?? key,
  related: { orgs: { '3': { id: 3, name: '党支部' } } },
});

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and uses CRLF rows', () => {
    const csv = toCsv(['主题', '人数'], [['支部大会', 12]]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv).toBe(`${UTF8_BOM}主题,人数\r\n支部大会,12\r\n`);
  });

  it('quotes commas, quotes and newlines, and empties null', () => {
    const csv = toCsv(['a', 'b', 'c'], [['x,y', 'say "hi"', null], ['line1\nline2', undefined, 0]]);
    expect(csv.slice(1).split('\r\n')).toEqual(['a,b,c', '"x,y","say ""hi""",', '"line1\nline2",,0', '']);
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    expect(toCsv(['h'], [['=SUM(A1)'], [-5]]).slice(1)).toBe("h\r\n'=SUM(A1)\r\n-5\r\n");
  });
});

describe('export columns', () => {
  it('translates headers from the resource field labels, falling back to the source', () => {
    expect(headerOf({ source: 'color' }, 'things', context())).toBe('颜色');
    expect(headerOf({ source: 'size' }, 'things', context())).toBe('size');
  });

  it('exports enum labels in the UI language, arrays joined', () => {
    expect(cellOf({ source: 'color', values: Color }, { color: 'red' }, context())).toBe('红色');
    expect(cellOf({ source: 'color', values: Color }, { color: 'blue' }, context('en'))).toBe('Blue');
    expect(cellOf({ source: 'colors', values: Color }, { colors: ['red', 'blue'] }, context())).toBe('红色、蓝色');
  });

  it('replaces reference ids by the related name', () => {
    expect(cellOf({ source: 'orgId', reference: 'orgs' }, { orgId: 3 }, context())).toBe('党支部');
    expect(cellOf({ source: 'orgId', reference: 'orgs' }, { orgId: 99 }, context())).toBe('99');
  });

  it('supports custom cells and empty values', () => {
    expect(cellOf({ source: 'x', render: (r) => `${r.a}/${r.b}` }, { a: 1, b: 2 }, context())).toBe('1/2');
    expect(cellOf({ source: 'missing' }, {}, context())).toBe('');
  });
});
