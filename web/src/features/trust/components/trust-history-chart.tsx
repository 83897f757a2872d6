import { dimensions, labels } from '@fulcrum/core';
import type { Dimension } from '@fulcrum/core';
import { useState } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useResource } from '../../../api/use-cursor-list.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Loading } from '../../../ui/section.tsx';
import type { TrustHistoryPoint } from '../api.ts';
import { formatPercent, isoDateDaysAgo } from '../format.ts';

/** One colour per dimension, shared by the chart's lines and its range band. */
export const dimensionColors: Record<Dimension, string> = {
  personal: '#1f4f8f',
  corporate: '#7a4cc2',
  capability: '#1d7a46',
  reciprocal: '#c2661d',
};

const periods = [
  { key: '90', label: '3 months', days: 90, step: 3 },
  { key: '365', label: '1 year', days: 365, step: 7 },
  { key: '730', label: '2 years', days: 730, step: 14 },
] as const;

const shortDate = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const longDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

type ChartRow = Record<Dimension, number> & { at: number; range: [number, number] };

/** Loads the samples of one period: from a day (YYYY-MM-DD) to now, every `step` days. */
export type LoadTrustHistory = (
  range: { from: string; step: number },
  signal: AbortSignal,
) => Promise<{ points: TrustHistoryPoint[] }>;

/**
 * Expected trust per dimension over time, of an account or of the whole portfolio. The shaded
 * band of the chosen dimension runs from belief to belief + uncertainty: every value expected
 * trust could take for some base rate. Reloads when `historyKey` changes.
 */
export const TrustHistoryChart = ({
  historyKey,
  loadHistory,
  title = 'History',
}: {
  historyKey: string;
  loadHistory: LoadTrustHistory;
  title?: string;
}) => {
  const [periodKey, setPeriodKey] = useState<(typeof periods)[number]['key']>('365');
  const [rangeDimension, setRangeDimension] = useState<Dimension>('personal');
  const period = periods.find((candidate) => candidate.key === periodKey) ?? periods[1];
  const history = useResource(`${historyKey}:${periodKey}`, (signal) =>
    loadHistory({ from: isoDateDaysAgo(period.days), step: period.step }, signal),
  );

  const rows: ChartRow[] = (history.data?.points ?? []).map((point) => {
    const band = point[rangeDimension];
    return {
      at: new Date(point.at).getTime(),
      personal: point.personal.expected,
      corporate: point.corporate.expected,
      capability: point.capability.expected,
      reciprocal: point.reciprocal.expected,
      range: [band.belief, band.belief + band.uncertainty],
    };
  });

  return (
    <div className="trust-history">
      <div className="trust-history__toolbar">
        <h3 className="trust-history__title">{title}</h3>
        <div className="segmented" role="group" aria-label="Period">
          {periods.map((candidate) => (
            <button
              key={candidate.key}
              type="button"
              className="segmented__button"
              aria-pressed={candidate.key === periodKey}
              onClick={() => setPeriodKey(candidate.key)}
            >
              {candidate.label}
            </button>
          ))}
        </div>
        <div className="segmented" role="group" aria-label="Show the range of">
          <span className="segmented__label">Range of</span>
          {dimensions.map((dimension) => (
            <button
              key={dimension}
              type="button"
              className="segmented__button"
              aria-pressed={dimension === rangeDimension}
              onClick={() => setRangeDimension(dimension)}
            >
              {labels.dimension[dimension]}
            </button>
          ))}
        </div>
      </div>
      {history.problem !== null ? <Alert>{history.problem.detail}</Alert> : null}
      {history.data === null && history.problem === null ? <Loading /> : null}
      {history.data !== null ? (
        <div className="trust-history__chart">
          <ResponsiveContainer width="100%" height={280}>
            <ComposedChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
              <CartesianGrid stroke="#e6eaf0" vertical={false} />
              <XAxis
                dataKey="at"
                type="number"
                scale="time"
                domain={['dataMin', 'dataMax']}
                tickFormatter={(value: number) => shortDate.format(value)}
                tick={{ fontSize: 12 }}
                minTickGap={24}
              />
              <YAxis
                domain={[0, 1]}
                ticks={[0, 0.25, 0.5, 0.75, 1]}
                tickFormatter={(value: number) => formatPercent(value)}
                tick={{ fontSize: 12 }}
                width={44}
              />
              <Tooltip
                labelFormatter={(value) => longDate.format(Number(value))}
                formatter={(value, name) =>
                  Array.isArray(value)
                    ? [
                        `${formatPercent(Number(value[0]))} – ${formatPercent(Number(value[1]))}`,
                        name,
                      ]
                    : [formatPercent(Number(value)), name]
                }
              />
              <Legend wrapperStyle={{ fontSize: 13 }} />
              <Area
                dataKey="range"
                name={`${labels.dimension[rangeDimension]} range`}
                stroke="none"
                fill={dimensionColors[rangeDimension]}
                fillOpacity={0.14}
                isAnimationActive={false}
                legendType="square"
              />
              {dimensions.map((dimension) => (
                <Line
                  key={dimension}
                  dataKey={dimension}
                  name={labels.dimension[dimension]}
                  stroke={dimensionColors[dimension]}
                  strokeWidth={dimension === rangeDimension ? 2.5 : 1.5}
                  dot={false}
                  isAnimationActive={false}
                />
              ))}
            </ComposedChart>
          </ResponsiveContainer>
        </div>
      ) : null}
      <p className="trust-history__note">
        Lines show expected trust. The band spans belief to belief + uncertainty: where expected
        trust could sit under any base rate, so a wide band means little evidence.
      </p>
    </div>
  );
};
