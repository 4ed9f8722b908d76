import { existsSync } from 'node:fs';
import { fontFamilyName } from './font-name';

/**
 * The CJK font charts are drawn with. resvg has no font of its own, so without one Chinese labels
 * would come out blank; a missing font is not an error, though (the system fonts may still cover it).
 */
export interface ChartFont {
  /** Font files to load: REPORT_FONT_FILE or the first known one that exists; empty when none does. */
  files: string[];
  /** The family to ask for first in the SVG. */
  family: string;
}

/** Known font files and their family names, in order of preference. */
const CANDIDATES: readonly { file: string; family: string }[] = [
  { file: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', family: 'WenQuanYi Micro Hei' },
  { file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', family: 'Noto Sans CJK SC' },
  { file: '/usr/share/fonts/truetype/arphic/uming.ttc', family: 'AR PL UMing CN' },
];

/** Families for the SVG's font-family list: resvg falls back through them, then to any font with the glyph. */
const FALLBACK_FAMILIES = [...CANDIDATES.map((c) => c.family), 'Microsoft YaHei', 'SimHei', 'sans-serif'];

export function findChartFont(env: NodeJS.ProcessEnv = process.env): ChartFont {
  const override = env.REPORT_FONT_FILE?.trim();
  if (override && existsSync(override)) {
    // Asked for by its own name; a file without a readable one still serves through resvg's glyph fallback.
    return { files: [override], family: fontFamilyName(override) ?? 'sans-serif' };
  }
  const found = CANDIDATES.find((c) => existsSync(c.file));
  return found ? { files: [found.file], family: found.family } : { files: [], family: 'sans-serif' };
}

/** The SVG font-family attribute value, quoted names first. */
export function fontFamilyList(font: ChartFont): string {
  const families = [font.family, ...FALLBACK_FAMILIES.filter((f) => f !== font.family)];
  return families.map((f) => (f.includes(' ') ? `'${f}'` : f)).join(', ');
}
