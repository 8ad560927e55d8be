// In-page helpers for the cross-engine tests, plain JavaScript sent as source with every
// evaluation (engines/driver.ts), so that the three adapters find elements the same way:
// by ARIA role and accessible name, or by CSS selector, through open shadow roots.
// Kept small and deliberate: the roles and naming rules this app uses, not all of ARIA.
() => {
  const IMPLICIT = {
    slider: 'input[type="range"]',
    textbox: 'input:not([type]), input[type="text"], input[type="search"], input[type="email"], input[type="url"], input[type="tel"], textarea',
    spinbutton: 'input[type="number"]',
    status: "output",
    table: "table",
    radio: 'input[type="radio"]',
    checkbox: 'input[type="checkbox"]',
    combobox: "select:not([multiple])",
    button: 'button, input[type="button"], input[type="submit"]',
    link: "a[href]",
    figure: "figure",
    heading: "h1, h2, h3, h4, h5, h6",
    row: "tr",
    cell: "td",
    rowheader: 'th[scope="row"]',
    columnheader: 'th[scope="col"], thead th',
    group: "fieldset",
    region: "section[aria-label], section[aria-labelledby]",
  };

  /** Every element of the document and of the open shadow roots inside it, in tree order. */
  function all(root) {
    const out = [];
    const walk = (node) => {
      for (const el of node.querySelectorAll("*")) {
        out.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(root);
    return out;
  }

  const text = (s) => (s ?? "").replace(/\s+/g, " ").trim();

  const hostOf = (node) => {
    const root = node.getRootNode();
    return root instanceof ShadowRoot ? root.host : null;
  };

  /** Hidden from assistive technology: aria-hidden, display:none (on it or above), visibility. */
  function hidden(el) {
    for (let node = el; node; node = node.parentElement ?? hostOf(node)) {
      if (node.getAttribute("aria-hidden") === "true") return true;
      if (getComputedStyle(node).display === "none") return true;
    }
    return getComputedStyle(el).visibility === "hidden";
  }

  function role(el) {
    const explicit = el.getAttribute("role");
    if (explicit) return explicit.split(/\s+/)[0];
    for (const [name, selector] of Object.entries(IMPLICIT)) if (el.matches(selector)) return name;
    return null;
  }

  function byIds(el, ids) {
    const root = el.getRootNode();
    return ids
      .split(/\s+/)
      .map((id) => root.getElementById ? root.getElementById(id) : document.getElementById(id))
      .filter(Boolean)
      .map((node) => text(node.textContent))
      .join(" ");
  }

  function name(el) {
    const labelledby = el.getAttribute("aria-labelledby");
    if (labelledby) return text(byIds(el, labelledby));
    const label = el.getAttribute("aria-label");
    if (label) return text(label);
    if (el.labels && el.labels.length) return text([...el.labels].map((l) => l.textContent).join(" "));
    if (el.matches("table")) return text(el.querySelector("caption")?.textContent);
    if (el.matches("fieldset")) return text(el.querySelector("legend")?.textContent);
    if (el.matches("figure")) return text(el.querySelector("figcaption")?.textContent);
    if (el.matches("select, input, textarea, output, section")) return text(el.getAttribute("title"));
    return text(el.textContent);
  }

  function matches(wanted, actual) {
    if (wanted === undefined) return true;
    if (typeof wanted === "string") return wanted === actual;
    return new RegExp(wanted.source, wanted.flags).test(actual);
  }

  function describe(target) {
    const parts = [];
    if (target.within) parts.push(`${describe(target.within)} >> `);
    if (target.role) parts.push(`role=${target.role}`);
    if (target.name !== undefined) parts.push(` name=${typeof target.name === "string" ? JSON.stringify(target.name) : `/${target.name.source}/${target.name.flags}`}`);
    if (target.selector) parts.push(` css=${target.selector}`);
    if (target.nth !== undefined) parts.push(` nth=${target.nth}`);
    return parts.join("");
  }

  /** All elements a target finds (see engines/driver.ts, Target). */
  function findAll(target) {
    let scopes = [document];
    if (target.within) {
      const outer = find(target.within);
      scopes = [outer.shadowRoot ?? outer];
    }
    const found = [];
    for (const scope of scopes) {
      for (const el of all(scope)) {
        if (target.selector && !el.matches(target.selector)) continue;
        if (target.role && role(el) !== target.role) continue;
        if (target.role && hidden(el)) continue;
        if (!matches(target.name, target.role || target.name !== undefined ? name(el) : "")) continue;
        found.push(el);
      }
    }
    return found;
  }

  /** Exactly one element, or an error that says what was looked for and what was found. */
  function find(target) {
    const found = findAll(target);
    if (target.nth !== undefined) {
      const el = found.at(target.nth);
      if (!el) throw new Error(`${describe(target)}: no such element (${found.length} found)`);
      return el;
    }
    if (found.length !== 1) throw new Error(`${describe(target)}: ${found.length} elements found, 1 expected`);
    return found[0];
  }

  /** The element a pointer should press for this one: the label of a visually hidden input. */
  function clickable(el) {
    const box = el.getBoundingClientRect();
    if ((box.width < 4 || box.height < 4) && el.labels && el.labels[0]) return el.labels[0];
    return el;
  }

  /** The element under the pointer, through open shadow roots. */
  function deepActive() {
    let active = document.activeElement;
    while (active && active.shadowRoot && active.shadowRoot.activeElement) active = active.shadowRoot.activeElement;
    return active;
  }

  return { all, find, findAll, role, name, text, describe, clickable, deepActive };
}
