import { StrictMode, useLayoutEffect, type ReactNode } from "react";
import { createRoot } from "react-dom/client";
import "./index.css";
import { StandaloneApp } from "./StandaloneApp";
import { ErrorBoundary } from "./ui/ErrorBoundary";

/** Shows the page that first-paint.js hid, in the commit that puts the address's settings on it. */
function Revealed({ children }: { children: ReactNode }) {
  useLayoutEffect(() => document.documentElement.removeAttribute("data-pending"), []);
  return children;
}

const container = document.getElementById("root");
if (container) {
  createRoot(container).render(
    <StrictMode>
      <Revealed>
        <ErrorBoundary
          name="explorer"
          fallback={<p role="alert">The credit pricing explorer failed to start. Reload the page to try again.</p>}
        >
          <StandaloneApp />
        </ErrorBoundary>
      </Revealed>
    </StrictMode>,
  );
}
