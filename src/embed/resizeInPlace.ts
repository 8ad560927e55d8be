/** While the page scrolls, the timer that says it has stopped (120 ms after its last scroll); 0 after. */
let scrolling = 0;
/** The latest change of each embed, held while the page scrolls. */
const held = new Map<Element, () => void>();
// (A scroll event cannot be cancelled: the listener needs no passive option.)
addEventListener("scroll", () => {
  window.clearTimeout(scrolling);
  scrolling = window.setTimeout(() => {
    scrolling = 0;
    held.forEach((change, element) => apply(element, change));
    held.clear();
  }, 120);
});

/**
 * Runs `change`, which changes an embed's height on the host page. When the reader is past the
 * embed's start and mostly sees what follows it (they opened a link to a later heading), the
 * page scrolls by the change, so that what they read stays where it was. Some sites' sidebars
 * come first in the page and defeat the browser's own scroll anchoring, so it is done here, with
 * that anchoring off for the moment.
 *
 * While the page scrolls, the change waits until it has stopped: on a site that scrolls smoothly
 * to a heading (Furo's scroll-behavior), a scroll of ours would stop the browser's short of the
 * heading (measured: 17 to 242 px off at 390 px, for a frame 1 px taller), and the reader is only
 * known to be below the embed once it has arrived.
 */
export function resizeInPlace(element: Element, change: () => void): void {
  if (scrolling) held.set(element, change);
  else apply(element, change);
}

function apply(element: Element, change: () => void) {
  const before = element.getBoundingClientRect();
  if (before.top >= 0 || before.bottom > innerHeight / 2) {
    change();
    return;
  }
  const root = document.documentElement;
  const anchoring = root.style.overflowAnchor;
  root.style.overflowAnchor = "none";
  change();
  // At once, also where the site scrolls smoothly: a glide would let what the reader reads move.
  scrollBy({ top: element.getBoundingClientRect().height - before.height, behavior: "instant" });
  requestAnimationFrame(() => {
    root.style.overflowAnchor = anchoring;
  });
}
