import { useState } from 'react';
import { Chip, Stack } from '@mui/material';
import { Bar, BarChart, CartesianGrid, Cell, Legend, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartPoint, ChartSpec } from '@wb/contracts';

/** Colours of series and slices: distinct, and readable printed in grey. */
export const PALETTE = ['#c62828', '#1565c0', '#2e7d32', '#ef6c00', '#6a1b9a', '#00838f', '#8d6e63', '#546e7a'];

export interface ChartViewProps {
  spec: ChartSpec;
  /** A bar or slice was chosen: the category and the series it belongs to. */
  onPick?: (point: ChartPoint, series: string) => void;
}

const rows = (spec: ChartSpec, series: string) => spec.data.map((point) => ({ ...point, value: point.values[series] ?? 0 }));

/** Bars along the months; with several series, chips choose which one (one kind of work at a time). */
const MonthlyBars = ({ spec, onPick }: ChartViewProps) => {
  const [series, setSeries] = useState(spec.series[0]?.key);
  const active = spec.series.findIndex((s) => s.key === series);
  return (
    <>
      {spec.series.length > 1 && (
        <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap', mb: 1 }}>
          {spec.series.map((s, i) => (
            <Chip
              key={s.key}
              size="small"
              label={s.label}
              onClick={() => setSeries(s.key)}
              variant={s.key === series ? 'filled' : 'outlined'}
              sx={s.key === series ? { bgcolor: PALETTE[i % PALETTE.length], color: '#fff' } : undefined}
            />
          ))}
        </Stack>
      )}
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={rows(spec, series!)} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" interval={0} tick={{ fontSize: 11 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
          <Tooltip formatter={(value) => [`${value}${spec.unit}`, spec.series[active]?.label]} />
          <Bar dataKey="value" fill={PALETTE[Math.max(active, 0) % PALETTE.length]} cursor="pointer" onClick={(entry) => onPick?.(entry.payload as ChartPoint, series!)} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </>
  );
};

/** Categories as horizontal bars, so Chinese labels read in full at phone width. */
const CategoryBars = ({ spec, onPick }: ChartViewProps) => {
  const series = spec.series[0].key;
  const longest = Math.max(2, ...spec.data.map((point) => point.label.length));
  return (
    <ResponsiveContainer width="100%" height={Math.max(120, spec.data.length * 30 + 30)}>
      <BarChart data={rows(spec, series)} layout="vertical" margin={{ top: 0, right: 24, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
        <YAxis type="category" dataKey="label" width={Math.min(190, longest * 13 + 12)} interval={0} tick={{ fontSize: 12 }} />
        <Tooltip formatter={(value) => [`${value}${spec.unit}`, spec.series[0].label]} />
        <Bar dataKey="value" fill={PALETTE[1]} cursor="pointer" label={{ position: 'right', fontSize: 11 }} onClick={(entry) => onPick?.(entry.payload as ChartPoint, series)} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
};

const Slices = ({ spec, onPick }: ChartViewProps) => {
  const series = spec.series[0].key;
  const data = rows(spec, series).filter((row) => row.value > 0);
  return (
    <ResponsiveContainer width="100%" height={240}>
      <PieChart>
        <Pie
          data={data}
          dataKey="value"
          nameKey="label"
          outerRadius="70%"
          label={({ value }) => `${value}`}
          cursor="pointer"
          onClick={(entry) => onPick?.(entry.payload as ChartPoint, series)}
          isAnimationActive={false}
        >
          {data.map((row, i) => (
            <Cell key={row.key} fill={PALETTE[i % PALETTE.length]} />
          ))}
        </Pie>
        <Tooltip formatter={(value) => `${value}${spec.unit}`} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
      </PieChart>
    </ResponsiveContainer>
  );
};

/** One chart of a report, drawn from the shared spec (the same one Word draws). */
const ChartView = (props: ChartViewProps) =>
  props.spec.kind === 'pie' ? <Slices {...props} /> : props.spec.kind === 'line' ? <MonthlyBars {...props} /> : <CategoryBars {...props} />;

export default ChartView;
