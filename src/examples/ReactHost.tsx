// A React 19 docs page that uses <pricing-explorer>. React 19 passes props to custom elements
// as attributes (the element has no properties of those names), so changing state re-sets
// the attribute and the explorer follows.
import { StrictMode, useState } from "react";
import { createRoot } from "react-dom/client";

declare module "react" {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      "pricing-explorer": React.DetailedHTMLProps<React.HTMLAttributes<HTMLElement>, HTMLElement> & {
        steps?: string | number;
        width?: string | number;
        height?: string | number;
        count?: string | number;
        balance?: string | number;
        view?: string;
        theme?: string;
      };
    }
  }
}

// As a docs site would: the element's script from where the explorer is hosted.
const script = document.createElement("script");
script.type = "module";
script.src = new URL("../pricing-explorer.js", window.location.href).href;
document.head.append(script);

function DocsPage() {
  const [steps, setSteps] = useState(25);
  return (
    <main style={{ maxWidth: "60rem", margin: "0 auto", padding: "1.5rem" }}>
      <h1>Credits and billing</h1>
      <p>This page is a React 19 application that renders the explorer as a custom element.</p>
      <p>
        <button type="button" onClick={() => setSteps((s) => (s === 25 ? 100 : 25))}>
          Show {steps === 25 ? 100 : 25} steps
        </button>
      </p>
      <pricing-explorer steps={steps} width={512} height={768} balance="1000" />
    </main>
  );
}

const container = document.getElementById("docs-root");
if (container) {
  createRoot(container).render(
    <StrictMode>
      <DocsPage />
    </StrictMode>,
  );
}
