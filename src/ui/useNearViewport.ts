import { startTransition, useEffect, useRef, useState, type RefObject } from "react";
import { flushSync } from "react-dom";
import { hasLoaded } from "./preloadable";

/**
 * What waits for the viewport is drawn anyway this long after the page has loaded, when the page
 * is next idle (within IDLE_TIMEOUT_MS): late enough to stay out of the load (drawn at the first
 * idle moment, the chart took Lighthouse's blocking time from 20 ms to 370-450 ms), early enough
 * for a capture of the whole page. A print does not wait for it: see onPrint.
 */
const AFTER_LOAD_MS = 8000;
const IDLE_TIMEOUT_MS = 2000;

/**
 * Whether the element has come within 200 px of the viewport (true where that cannot be known),
 * the page is being printed, or the page has been loaded a while. `preload`, the code of what it
 * draws, is fetched at the first idle moment after the load: a print (Ctrl+P a second after the
 * price shows) then draws it in its `beforeprint` handler, before the browser lays out the paper.
 */
export function useNearViewport<T extends Element>(preload?: () => unknown): [RefObject<T | null>, boolean] {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === "undefined") {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: "200px" },
    );
    observer.observe(element);
    // Drawn while idle as a transition: React yields to the reader's input as it renders.
    const idle = whenIdle(AFTER_LOAD_MS, () => startTransition(() => setNear(true)));
    const early = preload ? whenIdle(0, preload) : () => {};
    // Synchronously: the browser lays the page out for paper as soon as the handlers return.
    const print = onPrint(() => flushSync(() => setNear(true)));
    if (preload) awaitedByPrint.add(preload);
    return () => {
      observer.disconnect();
      idle();
      early();
      print();
      if (preload) awaitedByPrint.delete(preload);
    };
  }, [preload]);
  return [ref, near];
}

/** The code of what a print draws, while a part that waits for the viewport is on the page. */
const awaitedByPrint = new Set<() => unknown>();

/**
 * Ctrl+P (⌘P) in the first second or so, before that code has arrived: the print waits for it,
 * then starts, and its beforeprint draws the parts. (A print from the browser's menu cannot be
 * held: it draws what has arrived.)
 */
function holdPrintKey(event: KeyboardEvent) {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== "p") return;
  const loading = [...awaitedByPrint].map((preload) => preload());
  if (loading.every(hasLoaded)) return;
  event.preventDefault();
  void Promise.all(loading).then(
    () => window.print(),
    () => window.print(),
  );
}
if (typeof addEventListener === "function") addEventListener("keydown", holdPrintKey);

/** Calls `then` when the page is about to print: `beforeprint`, or the print media query. */
function onPrint(then: () => void): () => void {
  const media = typeof matchMedia === "function" ? matchMedia("print") : null;
  const change = (event: MediaQueryListEvent) => {
    if (event.matches) then();
  };
  addEventListener("beforeprint", then);
  media?.addEventListener("change", change);
  return () => {
    removeEventListener("beforeprint", then);
    media?.removeEventListener("change", change);
  };
}

/** Calls `then` `delay` ms after the page has loaded, once idle; returns a function that cancels it. */
function whenIdle(delay: number, then: () => void): () => void {
  let cancel = () => {};
  const idle = () => {
    if (typeof requestIdleCallback === "function") {
      const handle = requestIdleCallback(then, { timeout: IDLE_TIMEOUT_MS });
      cancel = () => cancelIdleCallback(handle);
    } else then();
  };
  const wait = () => {
    const timer = window.setTimeout(idle, delay);
    cancel = () => window.clearTimeout(timer);
  };
  if (document.readyState === "complete") wait();
  else addEventListener("load", wait, { once: true });
  return () => {
    removeEventListener("load", wait);
    cancel();
  };
}
