import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from "recharts";

// Spelled out, not built from an index, so that a test can find every colour the chart reads.
const COLOURS = ["var(--color-series-1)", "var(--color-series-2)", "var(--color-series-3)", "var(--color-series-4)"] as const;

export interface CompareBar {
  readonly name: string;
  readonly credits: number;
  /** The schedule's place in the list, so that each keeps its colour when another is missing. */
  readonly series: number;
}

/** Credits per image under each schedule that offered the settings, as bars. */
export function CompareChart({ bars }: { bars: readonly CompareBar[] }) {
  return (
    <ResponsiveContainer width="100%" height={180} initialDimension={{ width: 640, height: 180 }}>
      {/* The table above holds these figures for screen readers and keyboards: the chart is for the eye. */}
      <BarChart data={[...bars]} layout="vertical" accessibilityLayer={false} margin={{ top: 4, right: 48, bottom: 4, left: 8 }}>
        <XAxis type="number" hide domain={[0, "dataMax"]} />
        <YAxis type="category" dataKey="name" width={150} tick={{ fill: "var(--color-muted)", fontSize: 12 }} stroke="var(--color-line)" />
        <Bar dataKey="credits" isAnimationActive={false} radius={[0, 4, 4, 0]}>
          {bars.map((bar) => (
            <Cell key={bar.name} fill={COLOURS[bar.series % COLOURS.length] ?? COLOURS[0]} />
          ))}
          <LabelList dataKey="credits" position="right" formatter={(value: unknown) => (typeof value === "number" ? value.toFixed(2) : "")} fill="var(--color-ink)" fontSize={12} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
