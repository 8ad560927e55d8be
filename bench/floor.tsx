// The floor of the input-latency benchmark: React 19 with one slider and its value, nothing else.
import { useState } from "react";
import { createRoot } from "react-dom/client";

function Floor() {
  const [steps, setSteps] = useState(50);
  return (
    <label>
      Steps
      <input type="range" min={10} max={150} value={steps} onChange={(e) => setSteps(Number(e.target.value))} />
      <output>{steps}</output>
    </label>
  );
}

createRoot(document.getElementById("root") as HTMLElement).render(<Floor />);
