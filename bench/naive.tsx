// The naive reference of the input-latency benchmark: the explorer's slider and price with
// the real chart imported eagerly and redrawn synchronously on every step.
import { useState } from "react";
import { createRoot } from "react-dom/client";
import "../src/index.css";
import { CostChart } from "../src/explorer/CostChart";
import { ExplorerRoot } from "../src/explorer/ExplorerRoot";
import { createMarkerStore } from "../src/explorer/markerStore";
import { usePriced } from "../src/explorer/usePricing";
import { DEFAULT_STATE } from "../src/explorer/state";
import { quoteCost, toCredits } from "../src/pricing";

function Naive() {
  const [steps, setSteps] = useState(50);
  const quote = usePriced(quoteCost, { ...DEFAULT_STATE, steps });
  return (
    <ExplorerRoot theme="light">
      <label>
        Steps
        <input type="range" min={10} max={150} value={steps} onChange={(e) => setSteps(Number(e.target.value))} />
      </label>
      <output>{toCredits(quote.perImage)}</output>
      <div style={{ width: 640 }}>
        {/* A new store on every render: the whole chart redraws on every step. */}
        <CostChart marker={createMarkerStore({ steps, credits: toCredits(quote.perImage) })} />
      </div>
    </ExplorerRoot>
  );
}

createRoot(document.getElementById("root") as HTMLElement).render(<Naive />);
