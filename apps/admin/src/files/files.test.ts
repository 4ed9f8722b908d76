import { describe, expect, it } from 'vitest';
import { fileNameOf } from './download';

describe('downloads', () => {
  it('takes the UTF-8 file name of Content-Disposition, then the plain one', () => {
    expect(fileNameOf(`attachment; filename="____-2021.xlsx"; filename*=UTF-8''${encodeURIComponent('会议-2021.xlsx')}`, 'x')).toBe('会议-2021.xlsx');
    expect(fileNameOf('attachment; filename="export.csv"', 'x')).toBe('export.csv');
    expect(fileNameOf(null, 'fallback.xlsx')).toBe('fallback.xlsx');
  });
});
