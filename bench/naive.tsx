// The naive reference of the input-latency benchmark: the explorer's slider and price with the
// real chart imported eagerly and drawn anew on every step.
import { useState } from "react";
import { createRoot } from "react-dom/client";
import "../src/index.css";
import { CostChart } from "../src/explorer/CostChart";
import { DREAMSTUDIO_2022 } from "../src/pricing/schedule2022";
import { creditsPerImage } from "../src/pricing/quote";
import { toCredits } from "../src/pricing/units";

function Naive() {
  const [steps, setSteps] = useState(50);
  const credits = toCredits(creditsPerImage(DREAMSTUDIO_2022, { steps, width: 512, height: 512 }));
  return (
    <div data-theme="light" className="explorer-root min-h-screen bg-page">
      <label>
        Steps
        <input type="range" min={10} max={150} value={steps} onChange={(e) => setSteps(Number(e.target.value))} />
      </label>
      <output>{credits}</output>
      <div style={{ width: 640 }}>
        {/* A new chart for every step: drawn from scratch each time. */}
        <CostChart key={steps} schedule={DREAMSTUDIO_2022} steps={steps} credits={credits} />
      </div>
    </div>
  );
}

createRoot(document.getElementById("root") as HTMLElement).render(<Naive />);
