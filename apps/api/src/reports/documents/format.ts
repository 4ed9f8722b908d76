/** How figures, dates and text read in the Chinese documents. */

/** China keeps one offset all year, so a fixed +8 h is exact. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** `2022-01-05T06:30:00Z` as 2022年1月5日 14:30 (China time). */
export function dateTimeLabel(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const china = new Date(date.getTime() + CHINA_OFFSET_MS);
  const hh = String(china.getUTCHours()).padStart(2, '0');
  const mm = String(china.getUTCMinutes()).padStart(2, '0');
  return `${china.getUTCFullYear()}年${china.getUTCMonth() + 1}月${china.getUTCDate()}日 ${hh}:${mm}`;
}

/** The calendar day in China as 2022年1月5日. */
export function dateLabel(at: Date): string {
  const china = new Date(at.getTime() + CHINA_OFFSET_MS);
  return `${china.getUTCFullYear()}年${china.getUTCMonth() + 1}月${china.getUTCDate()}日`;
}

/** A calendar day `2021-03-05` as 2021年3月5日. */
export function dayLabel(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

export function percentText(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}

const DIGITS = '零一二三四五六七八九';

/** 1 → 一, 12 → 十二, 21 → 二十一: numbering of Chinese sub-headings （一）（二）… */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n];
  if (n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/**
 * The paragraphs of a summary: blocks separated by blank lines, each a list of its lines. Leading
 * spaces (full-width ones too) are dropped, as the documents indent paragraphs themselves.
 */
export function summaryParagraphs(summary: string): string[][] {
  return summary
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u3000]*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.replace(/^[\s\u3000]+|\s+$/g, ''))
        .filter((line) => line.length > 0),
    )
    .filter((lines) => lines.length > 0);
}
