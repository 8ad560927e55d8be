import { lazy, memo, useId, useMemo, type ReactNode } from "react";
import { Deferred } from "../ui/Deferred";
import { useAfterPaint } from "../ui/useAfterPaint";
import { SegmentedControl } from "../ui/SegmentedControl";
import { Controls } from "./Controls";
import { CostSummary } from "./CostSummary";
import { formatSize } from "./format";
import { THEMES, type ExplorerState, type StatePatch, type Theme } from "./state";
import { usePriced } from "./usePricing";
import { quoteCost, type Cost } from "../pricing";

export interface ExplorerProps {
  state: ExplorerState;
  onChange: (patch: StatePatch) => void;
  /** Compact: no page header or footer, for iframes and custom elements. */
  compact?: boolean;
  /** Extra actions at the foot (share links on the standalone page). */
  actions?: ReactNode;
}

// Only the settings and the price are needed for the first paint; the balance, the table and
// the chart come in one chunk right after it, into boxes that reserve their space.
const details = () => import("./details");
const BalancePanel = lazy(() => details().then((m) => ({ default: m.BalancePanel })));
const Heatmap = lazy(() => details().then((m) => ({ default: m.Heatmap })));
const ChartPanel = lazy(() => details().then((m) => ({ default: m.ChartPanel })));
const MoneyNote = lazy(() => details().then((m) => ({ default: m.MoneyNote })));

const THEME_OPTIONS = THEMES.map((value: Theme) => ({
  value,
  label: value[0]?.toUpperCase() + value.slice(1),
}));

function Card({ title, children, className = "" }: { title: string; children: ReactNode; className?: string }) {
  const headingId = useId();
  return (
    // Layout and paint containment: a change inside one card never lays out the others.
    <section aria-labelledby={headingId} className={`rounded-2xl border border-line bg-card p-4 shadow-sm [contain:layout_paint] @lg:p-5 ${className}`}>
      <h2 id={headingId} className="mb-3 text-base font-semibold text-ink">
        {title}
      </h2>
      {children}
    </section>
  );
}

const Header = memo(function Header({
  compact,
  theme,
  onChange,
}: {
  compact: boolean;
  theme: Theme;
  onChange: (patch: StatePatch) => void;
}) {
  // Embedded, the explorer is part of the host's content: no heading level 1.
  const Heading = compact ? "h2" : "h1";
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <div>
        <Heading className={`${compact ? "text-lg" : "text-2xl @lg:text-3xl"} font-bold tracking-tight text-ink`}>
          Credit pricing explorer
        </Heading>
        {!compact && (
          <p className="mt-1 max-w-prose text-sm text-muted">
            What a DreamStudio image cost in credits at your settings, and how far a balance goes,
            from the 2022 “Credits + Billing” table.
          </p>
        )}
      </div>
      <SegmentedControl
        legend="Theme"
        hideLegend
        value={theme}
        options={THEME_OPTIONS}
        onChange={(value) => onChange({ theme: value })}
      />
    </div>
  );
});

// The cards that follow the settings a frame late. Memoised on the late values, so that the
// render of a key press skips them entirely.
const BalanceCard = memo(function BalanceCard(props: {
  state: ExplorerState;
  balance: ExplorerState["balance"];
  onChange: (patch: StatePatch) => void;
}) {
  return (
    <Card title="Balance">
      <Deferred name="balance" placeholder={<div className="min-h-[15rem]" />}>
        <BalancePanel {...props} />
      </Deferred>
    </Card>
  );
});

const TableCard = memo(function TableCard(props: { state: ExplorerState; onChange: (patch: StatePatch) => void }) {
  return (
    <Card title="Published price table">
      <Deferred name="price table" placeholder={<div className="min-h-[25rem]" />}>
        <Heatmap {...props} />
      </Deferred>
    </Card>
  );
});

const ChartCard = memo(function ChartCard(props: { steps: number; perImage: Cost["perImage"]; sizeLabel: string }) {
  return (
    <Card title="Cost by steps">
      <Deferred name="chart" placeholder={<div className="min-h-[21.5rem]" />}>
        <ChartPanel {...props} />
      </Deferred>
    </Card>
  );
});

const NOTE = (
  <Deferred name="note" placeholder={<div className="min-h-8" />}>
    <MoneyNote />
  </Deferred>
);

export function Explorer({ state, onChange, compact = false, actions }: ExplorerProps) {
  const cost = usePriced(quoteCost, state);
  // The controls and the price follow each key press at once; the balance, the table and the
  // chart follow a copy that changes after the new price has been painted.
  const later = useAfterPaint(state);
  const laterCost = usePriced(quoteCost, later);
  // What a person has just chosen in the table's switch shows at once.
  const table = useMemo(() => ({ ...later, view: state.view }), [later, state.view]);
  const Main = compact ? "div" : "main";
  return (
    <div className="@container">
      <Main className={`mx-auto flex max-w-6xl flex-col gap-4 ${compact ? "p-1" : "px-3 py-6 @lg:px-6"}`}>
        <Header compact={compact} theme={state.theme} onChange={onChange} />
        <div className="grid gap-4 @3xl:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]">
          {/* Their own layers: a key press repaints these two cards and nothing else. */}
          <Card title="Settings" className="[will-change:transform]">
            <Controls state={state} onChange={onChange} />
          </Card>
          <div className="flex flex-col gap-4">
            <Card title="Cost" className="[will-change:transform]">
              <CostSummary state={state} cost={cost} />
            </Card>
            <BalanceCard state={later} balance={state.balance} onChange={onChange} />
          </div>
        </div>
        <TableCard state={table} onChange={onChange} />
        <ChartCard
          steps={later.steps}
          perImage={laterCost.perImage}
          sizeLabel={formatSize(later.width, later.height)}
        />
        <div className="flex flex-col gap-3 text-xs text-muted">
          {NOTE}
          {actions}
        </div>
      </Main>
    </div>
  );
}
