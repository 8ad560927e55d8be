/**
 * Runs `callback` in a task after the next frame has been painted (a frame callback, then a
 * timer), and returns a function that cancels it. Work scheduled here stays out of the frame
 * that answers the input which scheduled it.
 */
export function afterNextPaint(callback: () => void): () => void {
  let timer = 0;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}
