import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "./index.css";
import { StandaloneApp } from "./StandaloneApp";

const container = document.getElementById("root");
if (container) {
  createRoot(container).render(
    <StrictMode>
      <StandaloneApp />
    </StrictMode>,
  );
}
