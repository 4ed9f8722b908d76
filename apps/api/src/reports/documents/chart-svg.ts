import type { ChartSeries, ChartSpec } from '@wb/contracts';
import { escapeXml, fmt, svgText, textWidth, wrapText } from './svg-text';

/**
 * A ChartSpec drawn as SVG of a fixed size: title, legend, axes with gridlines, bars or lines with
 * value labels, or a pie with its shares. Written by hand so the server needs no browser.
 */

export interface ChartSize {
  width: number;
  height: number;
}

/** Red first, as Party documents use it; then colours that stay apart in print. */
const PALETTE = ['#c23531', '#2f4554', '#61a0a8', '#d48265', '#91c7ae', '#749f83', '#ca8622', '#bda29a', '#6e7074', '#546570'];
const color = (i: number) => PALETTE[i % PALETTE.length];

const TITLE_SIZE = 20;
const LABEL_SIZE = 12;
const VALUE_SIZE = 11;
const EMPTY = '暂无数据';

export function chartSvg(spec: ChartSpec, size: ChartSize, fontFamily: string): string {
  const { width, height } = size;
  const body = spec.kind === 'pie' ? pieBody(spec, size) : axesBody(spec, size);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(fontFamily)}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    svgText(width / 2, 32, spec.title, { size: TITLE_SIZE, anchor: 'middle', weight: 'bold', fill: '#222' }),
    body,
    '</svg>',
  ].join('\n');
}

const value = (spec: ChartSpec, pointIndex: number, series: ChartSeries) => spec.data[pointIndex].values[series.key] ?? 0;

/** Legend entries in rows centred under the title; returns the markup and where the rows end. */
function legend(series: ChartSeries[], width: number, top: number): { svg: string; bottom: number } {
  const items = series.map((s, i) => ({ label: s.label, color: color(i), width: 18 + textWidth(s.label, LABEL_SIZE) + 20 }));
  const rows: (typeof items)[] = [[]];
  let rowWidth = 0;
  for (const item of items) {
    if (rowWidth + item.width > width - 40 && rows[rows.length - 1].length) {
      rows.push([]);
      rowWidth = 0;
    }
    rows[rows.length - 1].push(item);
    rowWidth += item.width;
  }
  const parts: string[] = [];
  rows.forEach((row, r) => {
    let x = (width - row.reduce((sum, item) => sum + item.width, 0) + 20) / 2;
    const y = top + r * 20;
    for (const item of row) {
      parts.push(`<rect x="${fmt(x)}" y="${fmt(y - 10)}" width="12" height="12" rx="2" fill="${item.color}"/>`);
      parts.push(svgText(x + 18, y, item.label, { size: LABEL_SIZE }));
      x += item.width;
    }
  });
  return { svg: parts.join('\n'), bottom: top + rows.length * 20 };
}

/** A round axis maximum and step: 1, 2 or 5 times a power of ten, about five steps. */
export function niceScale(max: number): { top: number; step: number } {
  if (max <= 0) return { top: 5, step: 1 };
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough)!;
  const wholeStep = Math.max(1, step); // counts are whole numbers
  return { top: Math.ceil(max / wholeStep) * wholeStep, step: wholeStep };
}

function axesBody(spec: ChartSpec, size: ChartSize): string {
  const { width, height } = size;
  const parts: string[] = [];
  const multi = spec.series.length > 1;
  let top = 52;
  if (multi) {
    const l = legend(spec.series, width, top + 6);
    parts.push(l.svg);
    top = l.bottom;
  }
  const n = Math.max(spec.data.length, 1);
  const values = spec.data.flatMap((_, i) => spec.series.map((s) => value(spec, i, s)));
  const { top: yMax, step } = niceScale(Math.max(0, ...values));

  const left = 24 + Math.max(textWidth(String(yMax), LABEL_SIZE), textWidth('单位：次', LABEL_SIZE) / 2);
  const right = width - 24;
  const band = (right - left) / n;
  const xLabels = spec.data.map((p) => wrapText(p.label, band - 6, LABEL_SIZE));
  const labelLines = Math.max(1, ...xLabels.map((l) => l.length));
  const plotTop = top + 28;
  const plotBottom = height - 16 - labelLines * LABEL_SIZE * 1.2;
  const y = (v: number) => plotBottom - (v / yMax) * (plotBottom - plotTop);
  const cx = (i: number) => left + band * (i + 0.5);

  if (spec.unit) parts.push(svgText(left - 8, plotTop - 12, `单位：${spec.unit}`, { size: LABEL_SIZE, anchor: 'middle', fill: '#666' }));
  for (let v = 0; v <= yMax; v += step) {
    parts.push(`<line x1="${fmt(left)}" y1="${fmt(y(v))}" x2="${fmt(right)}" y2="${fmt(y(v))}" stroke="${v === 0 ? '#999' : '#e5e5e5'}" stroke-width="1"/>`);
    parts.push(svgText(left - 6, y(v) + 4, String(v), { size: LABEL_SIZE, anchor: 'end', fill: '#666' }));
  }
  xLabels.forEach((lines, i) => parts.push(svgText(cx(i), plotBottom + 18, lines, { size: LABEL_SIZE, anchor: 'middle' })));

  if (spec.data.length === 0 || values.every((v) => v === 0)) {
    parts.push(svgText((left + right) / 2, (plotTop + plotBottom) / 2, EMPTY, { size: 16, anchor: 'middle', fill: '#999' }));
  } else if (spec.kind === 'line') {
    parts.push(lines(spec, cx, y));
  } else {
    parts.push(bars(spec, band, cx, y));
  }
  return parts.join('\n');
}

function bars(spec: ChartSpec, band: number, cx: (i: number) => number, y: (v: number) => number): string {
  const group = Math.min(band * 0.7, 90 * spec.series.length);
  const barWidth = group / spec.series.length;
  const parts: string[] = [];
  spec.data.forEach((_, i) => {
    spec.series.forEach((s, j) => {
      const v = value(spec, i, s);
      const x = cx(i) - group / 2 + j * barWidth;
      const fill = spec.series.length > 1 ? color(j) : color(0);
      parts.push(`<rect x="${fmt(x + 1)}" y="${fmt(y(v))}" width="${fmt(barWidth - 2)}" height="${fmt(y(0) - y(v))}" fill="${fill}"/>`);
      // A label only where it fits over its bar.
      if (v > 0 && textWidth(String(v), VALUE_SIZE) <= barWidth + 4) {
        parts.push(svgText(x + barWidth / 2, y(v) - 4, String(v), { size: VALUE_SIZE, anchor: 'middle', fill: '#333' }));
      }
    });
  });
  return parts.join('\n');
}

function lines(spec: ChartSpec, cx: (i: number) => number, y: (v: number) => number): string {
  const parts: string[] = [];
  spec.series.forEach((s, j) => {
    const points = spec.data.map((_, i) => `${fmt(cx(i))},${fmt(y(value(spec, i, s)))}`).join(' ');
    parts.push(`<polyline points="${points}" fill="none" stroke="${color(j)}" stroke-width="2.5" stroke-linejoin="round"/>`);
    spec.data.forEach((_, i) => {
      const v = value(spec, i, s);
      parts.push(`<circle cx="${fmt(cx(i))}" cy="${fmt(y(v))}" r="3.5" fill="#fff" stroke="${color(j)}" stroke-width="2"/>`);
    });
  });
  // With one line every point gets its value; with several, labels would cover each other, so only
  // each series' highest point is labelled.
  spec.series.forEach((s, j) => {
    const vs = spec.data.map((_, i) => value(spec, i, s));
    const max = Math.max(...vs);
    vs.forEach((v, i) => {
      if (v > 0 && (spec.series.length === 1 || (v === max && vs.indexOf(max) === i))) {
        parts.push(svgText(cx(i), y(v) - 8, String(v), { size: VALUE_SIZE, anchor: 'middle', fill: color(j), weight: 'bold' }));
      }
    });
  });
  return parts.join('\n');
}

function pieBody(spec: ChartSpec, size: ChartSize): string {
  const { width, height } = size;
  const s = spec.series[0];
  const slices = spec.data.map((p, i) => ({ label: p.label, value: value(spec, i, s), color: color(i) }));
  const total = slices.reduce((sum, sl) => sum + sl.value, 0);
  const top = 56;
  if (total === 0) return svgText(width / 2, (top + height) / 2, EMPTY, { size: 16, anchor: 'middle', fill: '#999' });

  const r = Math.min((height - top - 48) / 2, width * 0.22);
  const cx = width * 0.32;
  const cy = top + 12 + r;
  const parts: string[] = [];
  const drawn = slices.filter((sl) => sl.value > 0);
  let angle = -Math.PI / 2; // start at twelve o'clock, clockwise
  for (const slice of drawn) {
    const sweep = (slice.value / total) * Math.PI * 2;
    if (drawn.length === 1) {
      parts.push(`<circle cx="${fmt(cx)}" cy="${fmt(cy)}" r="${fmt(r)}" fill="${slice.color}"/>`); // an arc cannot close on itself
    } else {
      const [x1, y1] = [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
      const [x2, y2] = [cx + r * Math.cos(angle + sweep), cy + r * Math.sin(angle + sweep)];
      const large = sweep > Math.PI ? 1 : 0;
      parts.push(
        `<path d="M${fmt(cx)},${fmt(cy)} L${fmt(x1)},${fmt(y1)} A${fmt(r)},${fmt(r)} 0 ${large} 1 ${fmt(x2)},${fmt(y2)} Z" fill="${slice.color}" stroke="#fff" stroke-width="2"/>`,
      );
    }
    if (slice.value / total >= 0.05) {
      const mid = angle + sweep / 2;
      const at = drawn.length === 1 ? 0 : r * 0.62;
      parts.push(svgText(cx + at * Math.cos(mid), cy + at * Math.sin(mid) + 5, percent(slice.value, total), { size: 14, anchor: 'middle', weight: 'bold', fill: '#fff' }));
    }
    angle += sweep;
  }

  // The legend beside the pie carries the labels and figures, so small slices stay readable.
  // Categories without any are left out of it, as they have no slice.
  const lx = width * 0.6;
  const rowHeight = Math.min(28, (height - top - 40) / (drawn.length + 1));
  const ly = cy - ((drawn.length + 1) * rowHeight) / 2 + rowHeight / 2;
  const labelWidth = width - lx - 24 - 18;
  drawn.forEach((slice, i) => {
    const yy = ly + i * rowHeight;
    const text = `${slice.label}  ${slice.value}${spec.unit}（${percent(slice.value, total)}）`;
    parts.push(`<rect x="${fmt(lx)}" y="${fmt(yy - 10)}" width="12" height="12" rx="2" fill="${slice.color}"/>`);
    parts.push(svgText(lx + 18, yy, wrapText(text, labelWidth, 13, 1), { size: 13 }));
  });
  parts.push(svgText(lx + 18, ly + drawn.length * rowHeight, `合计  ${total}${spec.unit}`, { size: 13, weight: 'bold' }));
  return parts.join('\n');
}

function percent(part: number, total: number): string {
  return `${((part / total) * 100).toFixed(1)}%`;
}
