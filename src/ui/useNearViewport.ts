import { startTransition, useEffect, useRef, useState, type RefObject } from "react";

/**
 * What waits for the viewport is drawn anyway this long after the page has loaded, when the page
 * is next idle (within IDLE_TIMEOUT_MS): late enough to stay out of the load (drawn at the first
 * idle moment, the chart took Lighthouse's blocking time from 20 ms to 370-450 ms), early enough
 * for a print.
 */
const AFTER_LOAD_MS = 8000;
const IDLE_TIMEOUT_MS = 2000;

/**
 * Whether the element has come within 200 px of the viewport (true where that cannot be known),
 * or the page has been loaded a while: a print, or a capture of the whole page, then shows what
 * is drawn only when seen.
 */
export function useNearViewport<T extends Element>(): [RefObject<T | null>, boolean] {
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
    const idle = whenIdle(() => startTransition(() => setNear(true)));
    return () => {
      observer.disconnect();
      idle();
    };
  }, []);
  return [ref, near];
}

/** Calls `then` a while after the page has loaded, once idle; returns a function that cancels it. */
function whenIdle(then: () => void): () => void {
  let cancel = () => {};
  const idle = () => {
    if (typeof requestIdleCallback === "function") {
      const handle = requestIdleCallback(then, { timeout: IDLE_TIMEOUT_MS });
      cancel = () => cancelIdleCallback(handle);
    } else then();
  };
  const wait = () => {
    const timer = window.setTimeout(idle, AFTER_LOAD_MS);
    cancel = () => window.clearTimeout(timer);
  };
  if (document.readyState === "complete") wait();
  else addEventListener("load", wait, { once: true });
  return () => {
    removeEventListener("load", wait);
    cancel();
  };
}
