import { useId } from "react";
import { quoteCost, type Cost } from "../pricing/quote";
import { useEngine, useSettings } from "../state/hooks";
import { NamedFigure } from "../ui/NamedFigure";
import { formatCredits, formatDollars, formatPrinted, formatSize, plural } from "./format";

/** The price at the settings as they are now: it answers in the key press's own frame. */
export function useCost(): Cost {
  return useEngine(quoteCost, useSettings((state) => state));
}

export function CostSummary() {
  const state = useSettings((current) => current);
  const cost = useEngine(quoteCost, state);
  const perImageId = useId();
  const size = formatSize(state.width, state.height);
  return (
    <div className="cost-summary stack">
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

/**
 * Where the price comes from: a printed cell, the source's formula, or an estimate. In a docs
 * column, in two lines at most whatever it says (the reserved height counts on it); a screen
 * reader hears it whole.
 */
function Basis({ cost }: { cost: Cost }) {
  switch (cost.basis) {
    case "published":
      return (
        <span>
          A published cell: the table prints <strong className="font-semibold text-ink">{formatPrinted(cost.published ?? "")}</strong>.
        </span>
      );
    case "formula":
      return (
        <span>
          Priced by the source’s own formula<span className="compact:sr-only">, not a published cell</span>.
        </span>
      );
    case "estimate":
      return (
        <span className="font-medium text-warn">
          Estimate<span className="compact:sr-only">: between the published cells, interpolated</span>.
        </span>
      );
  }
}
