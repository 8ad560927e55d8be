import { useEffect, useRef, useState, type RefObject } from "react";

/** After the page has been idle this long at most, what waits for the viewport is drawn anyway. */
const IDLE_TIMEOUT_MS = 3000;

/**
 * Whether the element has come within 200 px of the viewport (true where that cannot be known),
 * or the page has gone idle after loading: a print, or a capture of the whole page, then shows
 * what is drawn only when seen.
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
    const idle = whenIdle(() => setNear(true));
    return () => {
      observer.disconnect();
      idle();
    };
  }, []);
  return [ref, near];
}

/** Calls `then` once the page has loaded and gone idle; returns a function that cancels it. */
function whenIdle(then: () => void): () => void {
  let cancel = () => {};
  const schedule = () => {
    if (typeof requestIdleCallback === "function") {
      const handle = requestIdleCallback(then, { timeout: IDLE_TIMEOUT_MS });
      cancel = () => cancelIdleCallback(handle);
    } else {
      const handle = window.setTimeout(then, IDLE_TIMEOUT_MS);
      cancel = () => window.clearTimeout(handle);
    }
  };
  if (document.readyState === "complete") schedule();
  else addEventListener("load", schedule, { once: true });
  return () => {
    removeEventListener("load", schedule);
    cancel();
  };
}
