import { startTransition, useEffect, useState } from "react";

/**
 * The value, one frame late: it changes only after the frame that shows the urgent update has
 * been painted, and as a transition, which the next key press interrupts. useDeferredValue
 * starts its render before that frame when the main thread looks free, and on a throttled
 * phone that render (the table and the balance) held the price's frame back.
 */
export function useAfterPaint<T>(value: T): T {
  const [later, setLater] = useState(value);
  useEffect(() => {
    if (Object.is(later, value)) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setLater(value)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [later, value]);
  return later;
}
