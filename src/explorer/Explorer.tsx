import { lazy, memo, useId, type ReactNode } from "react";
import { quoteCost } from "../pricing/quote";
import { partsShown, type ExplorerState, type HeatmapView, type StatePatch, type Theme } from "../settings/settings";
import { Deferred } from "../ui/Deferred";
import { useAfterPaint } from "../ui/useAfterPaint";
import { Controls } from "./Controls";
import { CostSummary } from "./CostSummary";
import { formatSize } from "./format";
import { useEngine } from "./useEngine";

export interface ExplorerProps {
  state: ExplorerState;
  onChange: (patch: StatePatch) => void;
  /** Compact: a smaller heading and no introduction, for iframes and custom elements. */
  compact?: boolean;
  /** Actions at the foot (share links on the standalone page, a link to it in an iframe). */
  actions?: ReactNode;
}

// The settings and the price are all the first paint needs. Each part below them loads after it,
// into a box that reserves its space.
const BalancePanel = lazy(() => import("./BalancePanel").then((m) => ({ default: m.BalancePanel })));
const Heatmap = lazy(() => import("./Heatmap").then((m) => ({ default: m.Heatmap })));
const ChartPanel = lazy(() => import("./ChartPanel").then((m) => ({ default: m.ChartPanel })));
const MoneyNote = lazy(() => import("./MoneyNote").then((m) => ({ default: m.MoneyNote })));
const ComparePanel = lazy(() => import("./ComparePanel").then((m) => ({ default: m.ComparePanel })));
const ThemeSwitch = lazy(() => import("./ThemeSwitch").then((m) => ({ default: m.ThemeSwitch })));

/** The space each late part takes, held while its code loads. */
const RESERVED = {
  balance: <div className="min-h-[15rem]" />,
  table: <div className="min-h-[25rem]" />,
  chart: <div className="min-h-[21.5rem]" />,
  compare: <div className="min-h-[22rem]" />,
  note: <div className="min-h-8" />,
  themeSwitch: <div className="h-[2.125rem] w-[10.5rem]" />,
};

/**
 * A key press re-renders the controls and the price in its own frame. What the balance buys, the
 * table and the chart follow `settled`, a copy of the state that changes once the new price is
 * painted; memoised on it, they are skipped by the render of the key press.
 */
export function Explorer({ state, onChange, compact = false, actions }: ExplorerProps) {
  const cost = useEngine(quoteCost, state);
  const settled = useAfterPaint(state);
  const parts = partsShown(state.parts, compact);
  const Main = compact ? "div" : "main";
  return (
    <div className="@container">
      <Main className={`mx-auto flex max-w-6xl flex-col gap-4 ${compact ? "p-1" : "px-3 py-6 @lg:px-6"}`}>
        <Header compact={compact} theme={state.theme} onChange={onChange} />
        <div className="grid gap-4 @3xl:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]">
          {/* A layer each, and layout and paint contained: a key press repaints these two cards
              alone. Measured: 1.9 ms of paint in the key's frame at 4x throttling, 3.9 without. */}
          {parts.has("cost") && (
            <Card title="Settings" className="[will-change:transform]">
              <Controls state={state} onChange={onChange} />
            </Card>
          )}
          <div className="flex flex-col gap-4">
            {parts.has("cost") && (
              <Card title="Cost" className="[will-change:transform]">
                <CostSummary state={state} cost={cost} />
              </Card>
            )}
            {parts.has("balance") && (
              <Card title="Balance">
                <Deferred name="balance" placeholder={RESERVED.balance}>
                  <BalancePanel state={state} settled={settled} onChange={onChange} />
                </Deferred>
              </Card>
            )}
          </div>
        </div>
        {parts.has("table") && <TableCard state={settled} view={state.view} onChange={onChange} />}
        {parts.has("chart") && <ChartCard state={settled} />}
        {parts.has("compare") && <CompareCard state={settled} />}
        <div className="flex flex-col gap-3 text-xs text-muted">
          <Deferred name="note" placeholder={RESERVED.note}>
            <MoneyNote />
          </Deferred>
          {actions}
        </div>
      </Main>
    </div>
  );
}

/** A titled section; layout and paint contained, so that a change inside never lays out another. */
function Card({ title, children, className = "" }: { title: string; children: ReactNode; className?: string }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={`card [contain:layout_paint] ${className}`}>
      <h2 id={headingId} className="card-title">
        {title}
      </h2>
      {children}
    </section>
  );
}

interface HeaderProps {
  compact: boolean;
  theme: Theme;
  onChange: (patch: StatePatch) => void;
}

/** Memoised: a key press does not change it. */
const Header = memo(function Header({ compact, theme, onChange }: HeaderProps) {
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
            What a DreamStudio image cost in credits at your settings, by the 2022 “Credits + Billing”
            table and the price schedules that followed it, and how far a balance goes.
          </p>
        )}
      </div>
      <Deferred name="theme switch" placeholder={RESERVED.themeSwitch}>
        <ThemeSwitch theme={theme} onChange={(value) => onChange({ theme: value })} />
      </Deferred>
    </div>
  );
});

interface TableCardProps {
  state: ExplorerState;
  view: HeatmapView;
  onChange: (patch: StatePatch) => void;
}

const TableCard = memo(function TableCard({ state, view, onChange }: TableCardProps) {
  return (
    <Card title="Published price table">
      <Deferred name="price table" placeholder={RESERVED.table}>
        <Heatmap state={state} view={view} onChange={onChange} />
      </Deferred>
    </Card>
  );
});

const ChartCard = memo(function ChartCard({ state }: { state: ExplorerState }) {
  const { perImage } = useEngine(quoteCost, state);
  return (
    <Card title="Cost by steps">
      <Deferred name="chart" placeholder={RESERVED.chart}>
        <ChartPanel schedule={state.schedule} steps={state.steps} perImage={perImage} sizeLabel={formatSize(state.width, state.height)} />
      </Deferred>
    </Card>
  );
});

const CompareCard = memo(function CompareCard({ state }: { state: ExplorerState }) {
  return (
    <Card title="Compare price schedules">
      <Deferred name="comparison" placeholder={RESERVED.compare}>
        <ComparePanel state={state} />
      </Deferred>
    </Card>
  );
});
