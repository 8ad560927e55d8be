// Whether the page an explorer is embedded in is light or dark, as its reader sees it: by its
// color-scheme where it declares one (Docusaurus and VitePress do), else by the colour painted
// behind the explorer, which follows any site's own switch (Material's data-md-color-scheme)
// and any page's prefers-color-scheme rules; where nothing is painted, by the canvas.
import type { SchemeName } from "../settings/settings";

/** Dark when the colour is darker than mid-grey to the eye (the sRGB luma, 0–255). */
const isDark = ([r = 0, g = 0, b = 0]: readonly number[]) => 0.299 * r + 0.587 * g + 0.114 * b < 128;

/** The scheme of the page behind an element. */
export function hostScheme(element: Element): SchemeName {
  const parent = element.parentElement ?? document.documentElement;
  const declared = getComputedStyle(parent).colorScheme;
  if (declared === "dark" || declared === "light") return declared;
  for (let node: Element | null = parent; node; node = node.parentElement) {
    const match = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/.exec(getComputedStyle(node).backgroundColor);
    if (match && match[4] !== "0") return isDark(match.slice(1, 4).map(Number)) ? "dark" : "light";
  }
  // Nothing painted: the canvas, dark when the page allows dark and the reader's system prefers it.
  const scheme = getComputedStyle(document.documentElement).colorScheme;
  const dark = /dark/.test(scheme) && (!/light/.test(scheme) || matchMedia("(prefers-color-scheme: dark)").matches);
  return dark ? "dark" : "light";
}

/**
 * Calls `onChange` with the scheme behind `element` now, and again whenever it changes: on any
 * attribute of <html> or <body> (a site's own switch), on the system's preference, and when a
 * transition on one of its ancestors ends (a site that fades its background). Returns a
 * function that stops watching.
 */
export function watchHostScheme(element: Element, onChange: (scheme: SchemeName) => void): () => void {
  let last: SchemeName | undefined;
  const check = () => {
    const now = hostScheme(element);
    if (now !== last) onChange((last = now));
  };
  check();
  const observer = new MutationObserver(check);
  observer.observe(document.documentElement, { attributes: true });
  // The element is in the body (an iframe or element the page shows), so there is one.
  observer.observe(document.body, { attributes: true });
  const media = matchMedia("(prefers-color-scheme: dark)");
  media.addEventListener("change", check);
  // Only a transition on what holds the element can change what is painted behind it (a host's
  // hover effects end transitions all the time elsewhere).
  const onTransition = (event: Event) => {
    // Transitions end on elements (a Node, never null, for a listener on the document).
    if ((event.target as Node).contains(element)) check();
  };
  document.addEventListener("transitionend", onTransition);
  return () => {
    observer.disconnect();
    media.removeEventListener("change", check);
    document.removeEventListener("transitionend", onTransition);
  };
}
