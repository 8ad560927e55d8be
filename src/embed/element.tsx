import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import styles from "../index.css?inline";
import { PARAMS, type Param } from "../settings/settings";
import { ElementApp } from "./ElementApp";
import { resizeInPlace } from "./resizeInPlace";

let sheet: CSSStyleSheet | null = null;

/**
 * In a shadow root, rem is the host page's root font size, which a host may set to anything
 * (62.5%, or 30px by a global rule). Sizes in pixels keep the explorer's own scale. A number that
 * follows a backslash, a dot or a bracket is part of a class name (`.text-\[0\.625rem\]`): it
 * stays, or the rule would no longer match its class (the table's phone sizes never applied).
 */
export function remToPixels(css: string): string {
  return css.replace(/(?<![\w\\.[])(\d*\.?\d+)rem\b/g, (_, value: string) => `${Number(value) * 16}px`);
}

/** One constructed stylesheet shared by every element on the page. */
function explorerSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(remToPixels(styles));
  }
  return sheet;
}

/**
 * <pricing-explorer steps="30" width="768" …>: the explorer in an open shadow root that
 * carries its own styles. Its attributes are the URL parameters of URL parameters (docs/parameters.md).
 */
export class PricingExplorerElement extends HTMLElement {
  static observedAttributes = [...PARAMS];
  #root: Root | null = null;

  connectedCallback() {
    if (this.#root) return;
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: "open" });
    shadow.adoptedStyleSheets = [explorerSheet()];
    const container = document.createElement("div");
    shadow.replaceChildren(container);
    this.#root = createRoot(container);
    // Render in this task: the moment the element is defined, a host's :not(:defined) rule
    // stops reserving its space, and an empty frame in between would make the page jump. Its
    // parts are all here, so this first render is as tall as it stays.
    resizeInPlace(this, () => flushSync(() => this.#render()));
  }

  disconnectedCallback() {
    // Moving the element within the page disconnects and reconnects it at once; only an
    // element that stays out of the document is torn down.
    queueMicrotask(() => {
      if (!this.isConnected && this.#root) {
        this.#root.unmount();
        this.#root = null;
      }
    });
  }

  attributeChangedCallback() {
    this.#render();
  }

  #render() {
    if (!this.#root) return;
    const attributes: Partial<Record<Param, string | null>> = {};
    for (const key of PARAMS) attributes[key] = this.getAttribute(key);
    this.#root.render(<ElementApp attributes={attributes} host={this} />);
  }
}

if (!customElements.get("pricing-explorer")) {
  customElements.define("pricing-explorer", PricingExplorerElement);
}
