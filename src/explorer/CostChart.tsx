import { createContext, memo, use } from "react";
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
} from "recharts";
import { chartSeries } from "../pricing/grid";
import { ignoresSize } from "../pricing/quote";
import type { PriceSchedule } from "../pricing/priceSchedule";
import { hundredths, toCredits } from "../pricing/units";
import { formatSize } from "./format";

// Spelled out, not built from an index, so that a test can find every colour the chart reads.
const SERIES_COLOURS = [
  "var(--color-series-1)",
  "var(--color-series-2)",
  "var(--color-series-3)",
  "var(--color-series-4)",
  "var(--color-series-5)",
  "var(--color-series-6)",
  "var(--color-series-7)",
] as const;

/** The chart's lines and data for a schedule: one line per price curve among its published sizes. */
function chartOf(schedule: PriceSchedule) {
  const { steps, series } = chartSeries(schedule, 5);
  const lines = series.map((curve, i) => ({
    key: `s${i}`,
    name: ignoresSize(schedule) ? "Any size" : curve.sizes.map((size) => formatSize(size.width, size.height)).join(" and "),
    colour: SERIES_COLOURS[i % SERIES_COLOURS.length] ?? SERIES_COLOURS[0],
  }));
  const data = steps.map((s, row) =>
    Object.fromEntries([["steps", s], ...series.map((curve, i) => [`s${i}`, toCredits(curve.perImage[row] ?? hundredths(0))])]),
  );
  return { lines, data };
}

const creditsLabel = (value: unknown) => (typeof value === "number" ? `${value.toFixed(2)} credits` : "");

interface ChartMarker {
  readonly steps: number;
  readonly credits: number;
}

// The marker reaches the dot through context, so that moving it re-renders the dot alone: the
// lines are drawn once (redrawing them on every key press is the bench's "naive" page).
const MarkerContext = createContext<ChartMarker>({ steps: 0, credits: 0 });

/** The current settings on the chart: the only part that moves with them. */
function Marker() {
  const marker = use(MarkerContext);
  const x = useXAxisScale()?.(marker.steps);
  const y = useYAxisScale()?.(marker.credits);
  if (typeof x !== "number" || typeof y !== "number") return null;
  return (
    <circle
      className="chart-marker"
      cx={x}
      cy={y}
      r={7}
      fill="var(--color-accent)"
      stroke="var(--color-card)"
      strokeWidth={2}
    />
  );
}

/** Credits per image against steps for the published sizes, with the current settings marked. */
export function CostChart({ schedule, steps, credits }: ChartMarker & { schedule: PriceSchedule }) {
  return (
    <MarkerContext value={{ steps, credits }}>
      <Lines schedule={schedule} />
    </MarkerContext>
  );
}

/** The lines: drawn again only when the schedule changes. */
const Lines = memo(function Lines({ schedule }: { schedule: PriceSchedule }) {
  const { lines, data } = chartOf(schedule);
  const { min, max } = schedule.ranges.steps;
  return (
    <ResponsiveContainer width="100%" height={300} initialDimension={{ width: 640, height: 300 }}>
      <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid stroke="var(--color-line)" strokeDasharray="3 3" />
        <XAxis
          dataKey="steps"
          type="number"
          domain={[min, max]}
          ticks={[min, ...schedule.grid.steps.filter((s) => s > min && s < max), max]}
          stroke="var(--color-muted)"
          tick={{ fill: "var(--color-muted)", fontSize: 12 }}
          label={{ value: "Steps", position: "insideBottomRight", offset: -4, fill: "var(--color-muted)", fontSize: 12 }}
        />
        <YAxis
          width={44}
          stroke="var(--color-muted)"
          tick={{ fill: "var(--color-muted)", fontSize: 12 }}
        />
        <Tooltip
          formatter={creditsLabel}
          itemSorter={(item) => -(Number(item.value) || 0)}
          labelFormatter={(steps) => `${String(steps)} steps`}
          contentStyle={{
            background: "var(--color-card)",
            border: "1px solid var(--color-line)",
            borderRadius: 8,
            color: "var(--color-ink)",
          }}
        />
        <Legend itemSorter={null} wrapperStyle={{ fontSize: 12, color: "var(--color-ink)" }} />
        {lines.map((series) => (
          <Line
            key={series.key}
            dataKey={series.key}
            name={series.name}
            stroke={series.colour}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        ))}
        <Marker />
      </LineChart>
    </ResponsiveContainer>
  );
});
