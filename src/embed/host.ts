// embed.js, a classic script for docs pages. Two ways in:
//   <script src=".../embed.js" data-steps="30" async></script>
//     puts the explorer in an iframe right after itself;
//   <iframe src=".../index.html?embed=1" data-pricing-explorer ...></iframe> in the page, with
//     embed.js after it or loaded once for the whole site (a docs generator's config):
//     the iframe works without the script, at its own height, and embed.js only adds the rest.
// For every explorer iframe on the page, now or added later (client-side navigation), it gives
// the frame the page's origin, sizes it from the frame's resize messages (accepted only from
// that frame's window and origin), and tells it the page's light or dark scheme. Loaded twice,
// it runs once.
// The settings' URL parameters, from the settings table at build time (vite.embed.config.ts):
// the table itself would bring its parsers into this small script.
declare const __EXPLORER_PARAMS__: readonly string[];
import { watchHostScheme } from "./hostTheme";
import type { SchemeName } from "../settings/settings";
import { readResizeHeight, themeEnvelope } from "./protocol";
import { reservedHeight } from "../layout/reservedHeight";
import { resizeInPlace } from "./resizeInPlace";

const MARK = "data-pricing-explorer";
const SELECTOR = `iframe[${MARK}]`;

interface Frame {
  readonly origin: string;
  /** The frame follows the page's scheme (its theme is auto). */
  readonly auto: boolean;
}

interface Embeds {
  attach(script: HTMLScriptElement): void;
}

function start(): Embeds {
  const frames = new Map<HTMLIFrameElement, Frame>();
  /** The iframes this script put in after a script tag of its own. */
  const made = new WeakSet<Element>();
  let scheme: SchemeName = "light";
  let stopWatching: (() => void) | null = null;

  function sendScheme(iframe: HTMLIFrameElement, frame: Frame) {
    if (frame.auto) iframe.contentWindow?.postMessage(themeEnvelope(scheme), frame.origin);
  }

  function onScheme(next: SchemeName) {
    scheme = next;
    for (const [iframe, frame] of frames) {
      // The iframe element takes the frame's scheme too: where they differ, the browser paints
      // an opaque backdrop behind the frame instead of the page.
      if (frame.auto) iframe.style.colorScheme = scheme;
      sendScheme(iframe, frame);
    }
  }

  function onMessage(event: MessageEvent) {
    for (const [iframe, frame] of frames) {
      if (event.source !== iframe.contentWindow || event.origin !== frame.origin) continue;
      const height = readResizeHeight(event.data);
      if (height !== null) {
        if (height !== iframe.getBoundingClientRect().height) {
          resizeInPlace(iframe, () => {
            iframe.style.height = `${height}px`;
          });
        }
        // A message says the frame's code is running (after a reload too): it takes the scheme.
        sendScheme(iframe, frame);
      }
      return;
    }
  }

  function enhance(iframe: HTMLIFrameElement) {
    if (frames.has(iframe) || !iframe.src) return;
    const url = new URL(iframe.src, location.href);
    url.searchParams.set("embed", "1");
    url.searchParams.set("origin", location.origin);
    if (url.href !== iframe.src) {
      // Its first address may be loading, or waiting to load lazily: Chrome can then commit that
      // one after the new one (measured: 1 frame in 4 without an origin). Out of the document
      // and back, the frame has nothing pending and loads the new address alone.
      const { parentNode, nextSibling } = iframe;
      iframe.remove();
      iframe.src = url.href;
      parentNode?.insertBefore(iframe, nextSibling);
    }
    if (!iframe.title) iframe.title = "Credit pricing explorer";
    const theme = url.searchParams.get("theme");
    const frame: Frame = { origin: url.origin, auto: theme !== "light" && theme !== "dark" };
    if (frames.size === 0) {
      addEventListener("message", onMessage);
      // Told the page's scheme at once, with no frame yet to tell (this one has not loaded).
      stopWatching = watchHostScheme(iframe, onScheme);
    }
    frames.set(iframe, frame);
    iframe.style.colorScheme = frame.auto ? scheme : (theme ?? "");
  }

  function forget(iframe: HTMLIFrameElement) {
    if (!frames.delete(iframe) || frames.size > 0) return;
    removeEventListener("message", onMessage);
    stopWatching?.();
    stopWatching = null;
  }

  const each = (nodes: Iterable<Node>, act: (iframe: HTMLIFrameElement) => void) => {
    for (const node of nodes) {
      if (node instanceof Element) {
        if (node.matches(SELECTOR)) act(node as HTMLIFrameElement);
        else node.querySelectorAll<HTMLIFrameElement>(SELECTOR).forEach(act);
      }
    }
  };
  new MutationObserver((records) => {
    for (const record of records) {
      each(record.removedNodes, (iframe) => {
        if (!iframe.isConnected) forget(iframe);
      });
      each(record.addedNodes, enhance);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
  each([document.documentElement], enhance);

  return {
    attach(script) {
      // Loaded in <head> for a whole site, or after an iframe of the page's own (not one it made
      // after another script tag): nothing to add.
      const before = script.previousElementSibling;
      if (!script.closest("body") || (before?.matches(SELECTOR) && !made.has(before))) return;
      const src = new URL("index.html", script.src);
      for (const key of __EXPLORER_PARAMS__) if (key in script.dataset) src.searchParams.set(key, script.dataset[key] ?? "");
      const iframe = document.createElement("iframe");
      iframe.setAttribute(MARK, "");
      iframe.loading = "lazy";
      iframe.src = src.href;
      iframe.style.cssText = "display:block;width:100%;border:0";
      made.add(iframe);
      script.after(iframe);
      iframe.style.height = `${reservedHeight(iframe.getBoundingClientRect().width, src.searchParams.get("parts"))}px`;
      // It gives the frame embed=1 and the page's origin, before the frame has started loading.
      enhance(iframe);
    },
  };
}

const KEY = Symbol.for("pricing-explorer.embeds");
const global = window as unknown as Record<symbol, Embeds | undefined>;
const embeds = (global[KEY] ??= start());
const script = document.currentScript;
if (script instanceof HTMLScriptElement && script.src) embeds.attach(script);
