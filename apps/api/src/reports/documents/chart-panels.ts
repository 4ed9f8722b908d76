import type { ChartSpec } from '@wb/contracts';

/**
 * A printed chart cannot switch series as the dashboard does, and on one axis some 60 journal
 * posts a month flatten the lines of two or three meetings. So a chart whose series differ in
 * scale by more than RATIO is drawn as two panels: the small series, then the large ones.
 */
const RATIO = 5;

export function splitByScale(spec: ChartSpec): ChartSpec[] {
  if (spec.kind === 'pie' || spec.series.length < 2) return [spec];
  const max = (key: string) => Math.max(0, ...spec.data.map((p) => p.values[key] ?? 0));
  const top = Math.max(...spec.series.map((s) => max(s.key)));
  const small = spec.series.filter((s) => max(s.key) * RATIO <= top);
  const large = spec.series.filter((s) => max(s.key) * RATIO > top);
  if (!small.length || small.every((s) => max(s.key) === 0)) return [spec];
  return [
    { ...spec, series: small },
    { ...spec, key: `${spec.key}:${large.map((s) => s.key).join('+')}`, title: `${spec.title}（${large.map((s) => s.label).join('、')}）`, series: large },
  ];
}
