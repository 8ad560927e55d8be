// embed.js, a classic script for docs pages. Two ways in:
//   <script src=".../embed.js" data-steps="30" async></script>
//     puts the explorer in an iframe right after itself;
//   <iframe src=".../index.html?embed=1" data-pricing-explorer ...></iframe> in the page, with
//     embed.js after it or loaded once for the whole site (a docs generator's config):
//     the iframe works without the script, at its own height, and embed.js only adds the rest.
// For every explorer iframe on the page, now or added later (client-side navigation), it answers
// the frame's hello with the page's light or dark scheme (the frame takes the answer's origin as
// the page's), sizes it from its resize messages, and tells it each change of scheme; it accepts
// messages only from that frame's window and origin. Loaded twice, it runs once.
// The settings' URL parameters, from the settings table at build time (vite.embed.config.ts):
// the table itself would bring its parsers into this small script.
declare const __EXPLORER_PARAMS__: readonly string[];
import { watchHostScheme } from "./hostTheme";
import type { SchemeName } from "../settings/settings";
import { isHello, readResizeHeight, themeEnvelope } from "./protocol";
import { reservedHeight } from "../layout/reservedHeight";
import { resizeInPlace } from "./resizeInPlace";

const MARK = "data-pricing-explorer";
const SELECTOR = `iframe[${MARK}]`;

interface Frame {
  readonly origin: string;
  /** The frame follows the page's scheme (its theme is auto). */
  readonly auto: boolean;
}

/** Whether the frame still shows its initial about:blank, which is the page's origin. */
function isBlank(iframe: HTMLIFrameElement): boolean {
  try {
    return iframe.contentWindow?.location.href === "about:blank";
  } catch {
    // A document of another origin: the explorer's.
    return false;
  }
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

  /** Tells a frame the scheme; a frame still loading (or still about:blank) drops it unread. */
  function sendScheme(iframe: HTMLIFrameElement, frame: Frame) {
    iframe.contentWindow?.postMessage(themeEnvelope(scheme), frame.origin);
  }

  function onScheme(next: SchemeName) {
    scheme = next;
    for (const [iframe, frame] of frames) if (frame.auto) sendScheme(iframe, frame);
  }

  function onMessage(event: MessageEvent) {
    for (const [iframe, frame] of frames) {
      if (event.source !== iframe.contentWindow || event.origin !== frame.origin) continue;
      const height = readResizeHeight(event.data);
      if (height !== null && height !== iframe.getBoundingClientRect().height) {
        resizeInPlace(iframe, () => {
          iframe.style.height = `${height}px`;
        });
      }
      // The answer gives the frame the page's origin too: a frame of fixed theme needs it as well.
      if (isHello(event.data)) sendScheme(iframe, frame);
      return;
    }
  }

  function enhance(iframe: HTMLIFrameElement) {
    if (frames.has(iframe) || !iframe.src) return;
    const url = new URL(iframe.src, location.href);
    if (url.searchParams.get("embed") !== "1") {
      // Pasted without embed=1, it would load the full page: it loads again, compact. Its first
      // address may be loading, or waiting to load lazily: Chrome can then commit that one after
      // the new one (measured: 1 frame in 4). Out of the document and back, the frame has
      // nothing pending and loads the new address alone. (The copied code has embed=1, and
      // loads once.)
      url.searchParams.set("embed", "1");
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
    // The frame's document is light whatever it shows (src/index.css): so is the iframe element,
    // or the browser would paint an opaque backdrop behind it on a dark page.
    iframe.style.colorScheme = "light";
    // A frame already running (embed.js came late) said hello to nobody: it learns the scheme now.
    // (One still on its first, blank document would drop the message, with a console warning.)
    if (!isBlank(iframe)) sendScheme(iframe, frame);
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
      src.searchParams.set("embed", "1");
      src.searchParams.set("origin", location.origin);
      const iframe = document.createElement("iframe");
      iframe.setAttribute(MARK, "");
      iframe.loading = "lazy";
      iframe.src = src.href;
      iframe.style.cssText = "display:block;width:100%;border:0";
      made.add(iframe);
      script.after(iframe);
      iframe.style.height = `${reservedHeight(iframe.getBoundingClientRect().width, src.searchParams.get("parts"))}px`;
      enhance(iframe);
    },
  };
}

const KEY = Symbol.for("pricing-explorer.embeds");
const global = window as unknown as Record<symbol, Embeds | undefined>;
const embeds = (global[KEY] ??= start());
const script = document.currentScript;
if (script instanceof HTMLScriptElement && script.src) embeds.attach(script);
