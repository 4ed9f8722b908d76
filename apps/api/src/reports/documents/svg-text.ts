/** Text helpers for SVG written by hand: escaping, and widths guessed without a font at hand. */

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** CJK ideographs, kana, hangul and full-width forms take a whole em; Latin text about 0.6. */
function isWide(char: string): boolean {
  const code = char.codePointAt(0)!;
  return code >= 0x2e80 && !(code >= 0xff61 && code <= 0xffdc); // but half-width katakana and hangul
}

export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const char of text) width += isWide(char) ? fontSize : fontSize * 0.6;
  return width;
}

/**
 * Breaks a label into lines no wider than `maxWidth`, of about equal length (支部党/员大会 rather
 * than 支部党员大/会); the last allowed line ends in … if the label is cut.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = 3): string[] {
  const total = textWidth(text, fontSize);
  const count = Math.max(1, Math.ceil(total / Math.max(maxWidth, fontSize)));
  // Balanced lines when the label fits in maxLines; full lines before the cut when it does not.
  const target = count > maxLines ? maxWidth : Math.max(fontSize, Math.min(maxWidth, total / count + fontSize / 2));
  const lines: string[] = [];
  let line = '';
  for (const char of text) {
    if (line && textWidth(line + char, fontSize) > target) {
      lines.push(line);
      line = '';
    }
    line += char;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = kept[maxLines - 1].slice(0, -1) + '…';
  return kept;
}

export interface TextOptions {
  size?: number;
  anchor?: 'start' | 'middle' | 'end';
  weight?: 'normal' | 'bold';
  fill?: string;
}

/** A <text> element; several lines become <tspan>s one line-height apart. */
export function svgText(x: number, y: number, text: string | string[], options: TextOptions = {}): string {
  const { size = 12, anchor = 'start', weight = 'normal', fill = '#333' } = options;
  const lines = Array.isArray(text) ? text : [text];
  const spans = lines
    .map((line, i) => `<tspan x="${fmt(x)}" dy="${i === 0 ? 0 : fmt(size * 1.2)}">${escapeXml(line)}</tspan>`)
    .join('');
  return `<text x="${fmt(x)}" y="${fmt(y)}" font-size="${size}" text-anchor="${anchor}" font-weight="${weight}" fill="${fill}">${spans}</text>`;
}

/** Coordinates with at most two decimals keep the SVG short and stable. */
export function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}
