import { createRoot, type Root } from "react-dom/client";
import styles from "../index.css?inline";
import { STATE_PARAMS, type StateParam } from "../share/params";
import { ElementApp, type Attributes } from "./ElementApp";

let sheet: CSSStyleSheet | null = null;

/** One constructed stylesheet shared by every element on the page. */
function explorerSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(styles);
  }
  return sheet;
}

/**
 * <pricing-explorer steps="30" width="768" …>: the explorer in an open shadow root that
 * carries its own styles. Its attributes are the URL parameters of CONTRACT.md section 2.
 */
export class PricingExplorerElement extends HTMLElement {
  static observedAttributes = [...STATE_PARAMS];
  #root: Root | null = null;

  connectedCallback() {
    if (this.#root) return;
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: "open" });
    shadow.adoptedStyleSheets = [explorerSheet()];
    const container = document.createElement("div");
    shadow.replaceChildren(container);
    this.#root = createRoot(container);
    this.#render();
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
    const attributes: Partial<Record<StateParam, string | null>> = {};
    for (const key of STATE_PARAMS) attributes[key] = this.getAttribute(key);
    this.#root.render(<ElementApp attributes={attributes as Attributes} />);
  }
}

if (!customElements.get("pricing-explorer")) {
  customElements.define("pricing-explorer", PricingExplorerElement);
}
