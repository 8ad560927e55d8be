/**
 * Runs `change`, which changes an embed's height on the host page. When the reader is past the
 * embed's start and mostly sees what follows it (they opened a link to a later heading), the
 * page scrolls by the change, so that what they read stays where it was. Some sites' sidebars
 * come first in the page and defeat the browser's own scroll anchoring, so it is done here, with
 * that anchoring off for the moment.
 */
export function resizeInPlace(element: Element, change: () => void): void {
  const before = element.getBoundingClientRect();
  if (before.top >= 0 || before.bottom > innerHeight / 2) {
    change();
    return;
  }
  const root = document.documentElement;
  const anchoring = root.style.overflowAnchor;
  root.style.overflowAnchor = "none";
  change();
  // At once, on a site that scrolls smoothly too (Furo's scroll-behavior): a glide would let
  // what the reader reads move, and count as layout shift.
  scrollBy({ top: element.getBoundingClientRect().height - before.height, behavior: "instant" });
  requestAnimationFrame(() => {
    root.style.overflowAnchor = anchoring;
  });
}
