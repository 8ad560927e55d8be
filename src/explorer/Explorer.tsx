import { memo, use, useId, useRef, type ReactNode, type Ref } from "react";
import { quoteCost } from "../pricing/quote";
import type { ExplorerState, HeatmapView, StatePatch, Theme } from "../settings/settings";
import { partsShown } from "../settings/parts";
import { Deferred } from "../ui/Deferred";
import { useAfterPaint } from "../ui/useAfterPaint";
import { Controls } from "./Controls";
import { CostSummary } from "./CostSummary";
import { LatePartsContext } from "./lateParts";
import { useEngine } from "./useEngine";

export interface ExplorerProps {
  state: ExplorerState;
  onChange: (patch: StatePatch) => void;
  /** Compact: a smaller heading and no introduction, for iframes and custom elements. */
  compact?: boolean;
  /** Actions at the foot (share links on the standalone page, a link to it in an iframe). */
  actions?: ReactNode;
}

/** The space each late part takes, held while its code loads (measured: see .reserve-* in index.css). */
const RESERVED = {
  balance: <div className="reserve-balance" />,
  table: <div className="reserve-table" />,
  chart: <div className="reserve-chart" />,
  compare: <div className="reserve-compare" />,
  note: <div className="reserve-note" />,
  themeSwitch: <div className="reserve-theme" />,
};

/**
 * A key press re-renders the controls and the price in its own frame. What the balance buys, the
 * table and the chart follow `settled`, a copy of the state that changes once the new price is
 * painted; memoised on it, they are skipped by the render of the key press.
 */
export function Explorer({ state, onChange, compact = false, actions }: ExplorerProps) {
  const { BalancePanel, PriceBar } = use(LatePartsContext);
  const cost = useEngine(quoteCost, state);
  const settled = useAfterPaint(state);
  const parts = partsShown(state.parts, compact);
  const costCard = useRef<HTMLElement>(null);
  // Compact, it is a region of the host's page, named for its landmarks list; standalone, the page.
  const Main = compact ? "section" : "main";
  // Compact, in a docs page's column: no title of its own (the page has one, and the iframe its
  // title), two columns from 576 px, denser cards, and no text on the host's own background.
  return (
    <div className="@container relative">
      <Main
        aria-label={compact ? "Credit pricing explorer" : undefined}
        data-compact={compact || undefined}
        className="explorer-main"
      >
        {!compact && <Header theme={state.theme} onChange={onChange} />}
        <div className="explorer-top">
          {parts.has("cost") && (
            <Card title="Settings" live>
              <Controls state={state} onChange={onChange} />
              {/* Embedded, the actions take the room below the sliders rather than a row of their own. */}
              {compact && <div className="mt-3 text-xs">{actions}</div>}
            </Card>
          )}
          {/* In a docs column, the Cost card's first label says what it is: its title is for screen readers. */}
          <div className="explorer-column">
            {parts.has("cost") && (
              <Card ref={costCard} title="Cost" titleClassName="compact:sr-only" live>
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
        {compact ? (
          !parts.has("cost") && <div className="card text-xs text-muted">{actions}</div>
        ) : (
          <Footer actions={actions} />
        )}
      </Main>
      {parts.has("cost") && (
        <Deferred name="price bar" placeholder={null}>
          <PriceBar cost={cost} costCard={costCard} />
        </Deferred>
      )}
    </div>
  );
}

/** A titled section; layout and paint contained, so that a change inside never lays out another. */
interface CardProps {
  ref?: Ref<HTMLElement>;
  title: string;
  children: ReactNode;
  titleClassName?: string;
  /** Changed by every key press: a layer of its own, so that a press repaints it alone. */
  live?: boolean;
}

function Card({ ref, title, children, titleClassName = "", live = false }: CardProps) {
  const headingId = useId();
  return (
    <section ref={ref} aria-labelledby={headingId} className={live ? "card live-card" : "card"}>
      <h2 id={headingId} className={`card-title ${titleClassName}`}>
        {title}
      </h2>
      {children}
    </section>
  );
}

interface HeaderProps {
  theme: Theme;
  onChange: (patch: StatePatch) => void;
}

/** Memoised: a key press does not change it. */
const Header = memo(function Header({ theme, onChange }: HeaderProps) {
  const { ThemeSwitch } = use(LatePartsContext);
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <div>
        <h1 className="page-title">Credit pricing explorer</h1>
        <p className="page-intro">
          What a DreamStudio image cost at your settings, under the 2022 price table and the
          schedules after it, and how far your credits go.
        </p>
      </div>
      <Deferred name="theme switch" placeholder={RESERVED.themeSwitch}>
        <ThemeSwitch theme={theme} onChange={(value) => onChange({ theme: value })} />
      </Deferred>
    </div>
  );
});

function Footer({ actions }: { actions: ReactNode }) {
  const { MoneyNote } = use(LatePartsContext);
  return (
    <div className="flex flex-col gap-3 text-xs text-muted">
      <Deferred name="note" placeholder={RESERVED.note}>
        <MoneyNote />
      </Deferred>
      {actions}
    </div>
  );
}

interface TableCardProps {
  state: ExplorerState;
  view: HeatmapView;
  onChange: (patch: StatePatch) => void;
}

const TableCard = memo(function TableCard({ state, view, onChange }: TableCardProps) {
  const { Heatmap } = use(LatePartsContext);
  return (
    <Card title="Published price table">
      <Deferred name="price table" placeholder={RESERVED.table}>
        <Heatmap state={state} view={view} onChange={onChange} />
      </Deferred>
    </Card>
  );
});

const ChartCard = memo(function ChartCard({ state }: { state: ExplorerState }) {
  const { StateChart } = use(LatePartsContext);
  return (
    <Card title="Cost by steps">
      <Deferred name="chart" placeholder={RESERVED.chart}>
        <StateChart state={state} />
      </Deferred>
    </Card>
  );
});

const CompareCard = memo(function CompareCard({ state }: { state: ExplorerState }) {
  const { ComparePanel } = use(LatePartsContext);
  return (
    <Card title="Compare price schedules">
      <Deferred name="comparison" placeholder={RESERVED.compare}>
        <ComparePanel state={state} />
      </Deferred>
    </Card>
  );
});
