import { useId, type ReactNode } from "react";
import type { Cost } from "../pricing/quote";
import { formatCredits, formatDollars, formatPrinted, formatSize, plural } from "./format";
import type { ExplorerState } from "../settings/settings";

interface CostSummaryProps {
  state: ExplorerState;
  cost: Cost;
}

export function CostSummary({ state, cost }: CostSummaryProps) {
  const perImageId = useId();
  const size = formatSize(state.width, state.height);
  return (
    <div className="stack">
      <div>
        <p id={perImageId} className="label text-sm">
          Credits per image
        </p>
        <p className="flex flex-wrap items-baseline gap-x-2">
          <output
            aria-labelledby={perImageId}
            className="price-figure"
          >
            {formatCredits(cost.perImage)}
          </output>
          <span className="price-unit">credits</span>
        </p>
        <p className="mt-1 text-sm text-muted">
          {size} at {state.steps} steps.{" "}
          <Basis cost={cost} />
        </p>
      </div>
      <dl className="totals">
        <NamedFigure label="Total credits" value={formatCredits(cost.total)}>
          for {state.count} {plural(state.count, "image", "images")}
        </NamedFigure>
        <NamedFigure label="Total price" value={formatDollars(cost.total)}>
          at $0.01 a credit
        </NamedFigure>
      </dl>
    </div>
  );
}

/** Where the price comes from: a printed cell, the source's formula, or an estimate. */
function Basis({ cost }: { cost: Cost }) {
  switch (cost.basis) {
    case "published":
      return (
        <span>
          A published cell: the table prints <strong className="font-semibold text-ink">{formatPrinted(cost.published ?? "")}</strong>.
        </span>
      );
    case "formula":
      return <span>Not a published cell: priced by the source’s own formula.</span>;
    case "estimate":
      return <span className="font-medium text-warn">Estimate: between the published cells, interpolated.</span>;
  }
}

/**
 * A named figure: an output that a screen reader finds by its label, and a line under it. Its
 * look is a class: a total of the Cost card ("total"), or an outcome of the Balance card.
 */
export function NamedFigure({ label, value, children, look = "total" }: { label: string; value: string; children: ReactNode; look?: "total" | "outcome" }) {
  const id = useId();
  return (
    <div className={look}>
      <dt id={id} className="label">
        {label}
      </dt>
      <dd className="figure">
        <output aria-labelledby={id}>{value}</output>
      </dd>
      <dd className="figure-note">{children}</dd>
    </div>
  );
}
