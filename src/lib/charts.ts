/**
 * Bar charts as plain geometry, drawn at build time into SVG by src/components/BarChart.astro.
 * No chart library reaches the browser. Horizontal bars: Chinese labels stay readable at any
 * length and the chart grows downwards on a phone instead of squeezing.
 */
import type { Count } from './stats.ts';

export interface BarChartLayout {
  width: number;
  height: number;
  /** Where the bars start (labels sit left of it). */
  plotLeft: number;
  plotWidth: number;
  bars: { label: string; value: number; x: number; y: number; width: number; height: number; labelY: number }[];
  /** Vertical grid lines with their value. */
  ticks: { x: number; value: number }[];
}

export interface BarChartOptions {
  width?: number;
  barHeight?: number;
  gap?: number;
  /** Room for the labels, in user units (a CJK character is about one font size wide). */
  labelWidth?: number;
}

/** 1, 2, 5, 10, 20, 50 … : a round step giving at most `maxTicks` ticks up to `max`. */
export function niceStep(max: number, maxTicks = 5): number {
  if (max <= 0) return 1;
  const rough = max / maxTicks;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough)!;
  return Math.max(1, step);
}

export function barChartLayout(data: Count[], options: BarChartOptions = {}): BarChartLayout {
  const { width = 640, barHeight = 24, gap = 10, labelWidth = Math.max(48, 16 * Math.max(0, ...data.map((d) => d.label.length)) + 12) } = options;
  const top = 8;
  const axis = 22;
  const valueRoom = 44;
  const plotLeft = labelWidth;
  const plotWidth = width - plotLeft - valueRoom;
  const max = Math.max(0, ...data.map((d) => d.value));
  const step = niceStep(max);
  const scaleMax = Math.max(step, Math.ceil(max / step) * step);
  const bars = data.map((d, i) => {
    const y = top + i * (barHeight + gap);
    return { label: d.label, value: d.value, x: plotLeft, y, width: (d.value / scaleMax) * plotWidth, height: barHeight, labelY: y + barHeight / 2 };
  });
  const ticks = [];
  for (let value = 0; value <= scaleMax; value += step) ticks.push({ x: plotLeft + (value / scaleMax) * plotWidth, value });
  return { width, height: top + data.length * (barHeight + gap) + axis, plotLeft, plotWidth, bars, ticks };
}
