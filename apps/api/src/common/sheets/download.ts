import { todayInChina } from '@wb/contracts';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `attachment` with the name in UTF-8 (RFC 6266/5987), so a Chinese file name survives every browser. */
export function attachment(name: string): string {
  return `attachment; filename="${name.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** The day in China, for file names. */
export const chinaToday = () => todayInChina();
