import { renderAsync, Resvg, ResvgRenderOptions } from '@resvg/resvg-js';
import type { ChartSpec } from '@wb/contracts';
import { findChartFont, fontFamilyList } from './chart-font';
import { chartSvg } from './chart-svg';

export interface ChartImageOptions {
  /** Size of the drawing in CSS pixels; 800×420 by default. */
  width?: number;
  height?: number;
  /** Pixels per CSS pixel of the PNG: 2 gives a sharp image in print at the same layout. */
  scale?: number;
}

export const CHART_WIDTH = 800;
export const CHART_HEIGHT = 420;

/** The SVG of a chart and how resvg should rasterise it. */
function renderInput(spec: ChartSpec, options: ChartImageOptions): { svg: string; resvg: ResvgRenderOptions } {
  const { width = CHART_WIDTH, height = CHART_HEIGHT, scale = 1 } = options;
  const font = findChartFont();
  return {
    svg: chartSvg(spec, { width, height }, fontFamilyList(font)),
    resvg: {
      fitTo: scale === 1 ? { mode: 'original' } : { mode: 'zoom', value: scale },
      font: {
        fontFiles: font.files,
        // System fonts stay on so Latin digits and any missing glyphs still find a face.
        loadSystemFonts: true,
        defaultFontFamily: font.family,
        sansSerifFamily: font.family,
      },
    },
  };
}

/** A chart as PNG: the spec drawn as SVG, rasterised by resvg with a CJK font. */
export function chartPng(spec: ChartSpec, options: ChartImageOptions = {}): Buffer {
  const { svg, resvg } = renderInput(spec, options);
  return new Resvg(svg, resvg).render().asPng();
}

/**
 * The same off the main thread (resvg renders in libuv's pool): a document with ten charts would
 * otherwise hold the event loop for about a second.
 */
export async function chartPngAsync(spec: ChartSpec, options: ChartImageOptions = {}): Promise<Buffer> {
  const { svg, resvg } = renderInput(spec, options);
  return (await renderAsync(svg, resvg)).asPng();
}
