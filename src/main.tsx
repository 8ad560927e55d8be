import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "./index.css";
import { StandaloneApp } from "./StandaloneApp";
import { ErrorBoundary } from "./ui/ErrorBoundary";

const container = document.getElementById("root");
if (container) {
  createRoot(container).render(
    <StrictMode>
      <ErrorBoundary
        name="explorer"
        fallback={<p role="alert">The credit pricing explorer failed to start. Reload the page to try again.</p>}
      >
        <StandaloneApp />
      </ErrorBoundary>
    </StrictMode>,
  );
}
