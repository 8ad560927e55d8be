import { useId, useRef, type ReactNode, type Ref } from "react";
import { quoteCost } from "../pricing/quote";
import { partsShown } from "../settings/parts";
import { useEngine, useSettings, useSettledSettings, useUpdate } from "../state/hooks";
import { Deferred } from "../ui/Deferred";
import { formatSize } from "./format";
import { Controls } from "./Controls";
import { CostSummary } from "./CostSummary";
import { useLateParts } from "./lateParts";

export interface ExplorerProps {
  /** Compact: a smaller heading and no introduction, for iframes and custom elements. */
  compact?: boolean;
  /** Actions at the foot (share links on the standalone page, a link to it in an iframe). */
  actions?: ReactNode;
}

/** The space each late part takes, held while its code loads (src/layout/reservePlugin.ts). */
const RESERVED = {
  balance: <div className="reserve-balance" />,
  table: <div className="reserve-table" />,
  chart: <div className="reserve-chart" />,
  compare: <div className="reserve-compare" />,
  note: <div className="reserve-note" />,
  themeSwitch: <div className="reserve-theme" />,
};

/**
 * The explorer, in the store its host provides. A key press renders the controls and the price in
 * its own frame; what the balance buys, the table, the chart and the comparison follow the
 * settings a frame later (useSettledSettings).
 */
export function Explorer({ compact = false, actions }: ExplorerProps) {
  const { BalancePanel, PriceBar } = useLateParts();
  const parts = partsShown(useSettings((state) => state.parts), compact);
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
        {!compact && <Header />}
        <div className="explorer-top">
          {parts.has("cost") && (
            <Card title="Settings" name="settings" live>
              <Controls />
              {/* Embedded, the actions take the room below the sliders rather than a row of their own. */}
              {compact && <div className="mt-3 text-xs">{actions}</div>}
            </Card>
          )}
          {/* In a docs column, the Cost and Balance cards' first labels say what they are: their
              titles are for screen readers. */}
          <div className="explorer-column">
            {parts.has("cost") && (
              <Card ref={costCard} title="Cost" name="cost" titleClassName="compact:sr-only" live>
                <CostSummary />
              </Card>
            )}
            {parts.has("balance") && (
              <Card title="Balance" name="balance" titleClassName="compact:sr-only">
                <Deferred name="balance" placeholder={RESERVED.balance}>
                  <BalancePanel />
                </Deferred>
              </Card>
            )}
          </div>
        </div>
        {parts.has("table") && <TableCard />}
        {parts.has("chart") && <ChartCard />}
        {parts.has("compare") && <CompareCard />}
        {compact ? (
          !parts.has("cost") && <div className="card text-xs text-muted">{actions}</div>
        ) : (
          <Footer actions={actions} />
        )}
      </Main>
      {parts.has("cost") && (
        <Deferred name="price bar" placeholder={null}>
          <PriceBar costCard={costCard} />
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
  /** Its place in the top row's layout (index.css, .explorer-top). */
  name?: "settings" | "cost" | "balance";
  /** Changed by every key press: a layer of its own, so that a press repaints it alone. */
  live?: boolean;
}

function Card({ ref, title, children, titleClassName = "", name, live = false }: CardProps) {
  const headingId = useId();
  return (
    <section ref={ref} aria-labelledby={headingId} data-card={name} className={live ? "card live-card" : "card"}>
      <h2 id={headingId} className={`card-title ${titleClassName}`}>
        {title}
      </h2>
      {children}
    </section>
  );
}

function Header() {
  const { ThemeSwitch } = useLateParts();
  const theme = useSettings((state) => state.theme);
  const update = useUpdate();
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
        <ThemeSwitch theme={theme} onChange={(value) => update({ theme: value })} />
      </Deferred>
    </div>
  );
}

function Footer({ actions }: { actions: ReactNode }) {
  const { MoneyNote } = useLateParts();
  return (
    <div className="flex flex-col gap-3 text-xs text-muted">
      <Deferred name="note" placeholder={RESERVED.note}>
        <MoneyNote />
      </Deferred>
      {actions}
    </div>
  );
}

function TableCard() {
  const { Heatmap } = useLateParts();
  return (
    <Card title="Published price table">
      <Deferred name="price table" placeholder={RESERVED.table}>
        <Heatmap />
      </Deferred>
    </Card>
  );
}

/** The chart, with the settings a frame late marked on it. */
function ChartCard() {
  const { ChartPanel } = useLateParts();
  const state = useSettledSettings();
  const { perImage } = useEngine(quoteCost, state);
  return (
    <Card title="Cost by steps">
      <Deferred name="chart" placeholder={RESERVED.chart}>
        <ChartPanel schedule={state.schedule} steps={state.steps} perImage={perImage} sizeLabel={formatSize(state.width, state.height)} />
      </Deferred>
    </Card>
  );
}

function CompareCard() {
  const { ComparePanel } = useLateParts();
  return (
    <Card title="Compare price schedules">
      <Deferred name="comparison" placeholder={RESERVED.compare}>
        <ComparePanel />
      </Deferred>
    </Card>
  );
}
