// A React docs site as Docusaurus builds one, to test the explorer's iframe the way a docs author
// pastes it there: the iframe written in the page's JSX (as MDX compiles the copied code), embed.js
// loaded once from the site's config (into the head, async), pages swapped on client-side
// navigation, and the light or dark scheme switched on html[data-theme].
import { StrictMode, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { SCHEDULES } from "../pricing/schedulesAfter2022";
import { parseState } from "../settings/query";
import { reservedHeightRule } from "../share/embedSnippet";

// The explorer's folder: ?explorer=… names it, else it is the folder above this page; ?settings=…
// adds to the iframe's address what a copied code would carry for other settings.
const query = new URLSearchParams(location.search);
const explorer = new URL(query.get("explorer") ?? "../", location.href).href;
const settings = query.get("settings") ?? "";

// As Docusaurus's `scripts: [{src, async: true}]` puts it: in the head, before the app runs.
const script = document.createElement("script");
script.src = new URL("embed.js", explorer).href;
script.async = true;
document.head.append(script);

type PageName = "intro" | "pricing" | "other";
const PAGES: Record<PageName, string> = { intro: "Introduction", pricing: "Pricing", other: "Another page" };

const pageFromUrl = (): PageName => {
  const name = new URLSearchParams(location.search).get("page");
  return name === "pricing" || name === "other" ? name : "intro";
};

function Filler({ count }: { count: number }) {
  return Array.from({ length: count }, (_, i) => <p key={i}>Paragraph {i + 1} about credits and what they bought.</p>);
}

function Pricing() {
  return (
    <>
      <h1>Pricing</h1>
      <p>What an image cost, at your settings.</p>
      {/* The copied embed code for Docusaurus, as MDX renders it, reserving its settings' height. */}
      <iframe
        data-pricing-explorer=""
        src={new URL(`index.html?embed=1${settings ? `&${settings}` : ""}`, explorer).href}
        title="Credit pricing explorer"
        loading="lazy"
        style={{ display: "block", width: "100%", height: reservedHeightRule(parseState(new URLSearchParams(settings), SCHEDULES)), border: 0 }}
      ></iframe>
      <Filler count={12} />
      <h2 id="buying-credits">Buying credits</h2>
      <p>$10 bought 1,000 credits.</p>
      <Filler count={30} />
    </>
  );
}

function Site() {
  const [page, setPage] = useState(pageFromUrl);
  const [dark, setDark] = useState(false);
  useEffect(() => {
    document.documentElement.dataset.theme = dark ? "dark" : "light";
  }, [dark]);
  useEffect(() => {
    const onPop = () => setPage(pageFromUrl());
    addEventListener("popstate", onPop);
    return () => removeEventListener("popstate", onPop);
  }, []);
  // As Docusaurus does after rendering a page: the address's heading, if any, is scrolled to.
  useEffect(() => {
    if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  }, [page]);

  function go(name: PageName) {
    const url = new URL(location.href);
    url.searchParams.set("page", name);
    url.hash = "";
    // A link keeps the other parameters, as a site's own links keep its base.
    history.pushState(null, "", url);
    setPage(name);
    scrollTo(0, 0);
  }

  return (
    <>
      <nav className="navbar">
        <strong>Docs</strong>
        <button type="button" onClick={() => setDark((d) => !d)}>
          Switch to {dark ? "light" : "dark"} mode
        </button>
      </nav>
      <div className="layout">
        <nav className="sidebar" aria-label="Docs">
          <div className="sidebar-viewport">
          {(Object.keys(PAGES) as PageName[]).map((name) => (
            <a key={name} href={`?page=${name}`} aria-current={name === page ? "page" : undefined} onClick={(event) => {
              event.preventDefault();
              go(name);
            }}>
              {PAGES[name]}
            </a>
          ))}
          </div>
        </nav>
        <main className="doc">
          {page === "pricing" ? <Pricing /> : <><h1>{PAGES[page]}</h1><Filler count={3} /></>}
        </main>
      </div>
    </>
  );
}

const root = document.getElementById("__docusaurus");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Site />
    </StrictMode>,
  );
}
