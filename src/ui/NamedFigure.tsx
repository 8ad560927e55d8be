import { useId, type ReactNode } from "react";

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
