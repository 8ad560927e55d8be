import { useEffect, useRef, useState, type RefObject } from "react";
import { useCost } from "./CostSummary";
import { formatCredits, formatDollars } from "./format";

interface PriceBarProps {
  /** The Cost card: the bar shows while it is not wholly in sight. */
  costCard: RefObject<HTMLElement | null>;
}

/** The card counts as in sight from this share of it on screen. */
const IN_SIGHT = 0.98;
/** A control whose bottom is this close to the foot of the screen would lie under the bar. */
const BAR_ROOM = 72;
// In a frame that the host sizes to its content, the frame is not what scrolls: the part of it
// on the host's screen is known only from intersections, reported as thresholds are crossed.
// Stripes of the frame, each reported every quarter of its height, place that part's ends
// to within 8 px.
const STRIPE = 32;
const STRIPE_STEPS = [0, 0.25, 0.5, 0.75, 1];
/** In a frame, the bar settles after scrolling has paused this long, rather than chase it. */
const SETTLE_MS = 150;

/** The part of this document on the screen, in a frame: null while unknown or scrolling. */
type Slice = { top: number; bottom: number } | null;

/**
 * The price while the Cost card is out of sight, at the foot of the screen: while a thumb drags a
 * slider on a phone, or a reader works through the table. It moves to the top while the control
 * in use is at the foot. It takes no space in the layout, a touch or click goes through it, and
 * it is hidden from screen readers, which have the Cost card's outputs already.
 */
export function PriceBar({ costCard }: PriceBarProps) {
  const cost = useCost();
  const overlay = useRef<HTMLDivElement>(null);
  const framed = window.parent !== window;
  const [cardOutOfSight, setCardOutOfSight] = useState(false);
  const [slice, setSlice] = useState<Slice>(null);
  const [atTop, setAtTop] = useState(false);

  useEffect(() => {
    const card = costCard.current;
    if (!card || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver(
      ([entry]) => setCardOutOfSight((entry?.intersectionRatio ?? 1) < IN_SIGHT),
      { threshold: [0, IN_SIGHT] },
    );
    observer.observe(card);
    return () => observer.disconnect();
  }, [costCard]);

  // In a frame: as many stripes as cover the explorer, and the part of them on the screen.
  const ruler = useRef<HTMLDivElement>(null);
  const [stripes, setStripes] = useState(0);
  useEffect(() => {
    const explorer = overlay.current?.parentElement;
    if (!framed || !explorer || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => setStripes(Math.ceil(explorer.offsetHeight / STRIPE)));
    observer.observe(explorer);
    return () => observer.disconnect();
  }, [framed]);
  useEffect(() => {
    if (!ruler.current || stripes === 0 || typeof IntersectionObserver === "undefined") return;
    const onScreen = new Map<Element, { top: number; bottom: number }>();
    let timer = 0;
    const observer = new IntersectionObserver((entries) => {
      for (const { target, isIntersecting, intersectionRect } of entries) {
        if (isIntersecting) onScreen.set(target, { top: intersectionRect.top + scrollY, bottom: intersectionRect.bottom + scrollY });
        else onScreen.delete(target);
      }
      setSlice(null);
      window.clearTimeout(timer);
      if (onScreen.size === 0) return;
      const parts = [...onScreen.values()];
      const next = { top: Math.min(...parts.map((p) => p.top)), bottom: Math.max(...parts.map((p) => p.bottom)) };
      timer = window.setTimeout(() => setSlice(next), SETTLE_MS);
    }, { threshold: STRIPE_STEPS });
    for (const stripe of ruler.current.children) observer.observe(stripe);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [stripes]);

  // The control in use: a focused field or slider (a slider takes focus when it is touched),
  // checked when it takes focus and whenever the page scrolls it towards the foot.
  useEffect(() => {
    const explorer = overlay.current?.parentElement;
    if (!explorer) return;
    const root = explorer.getRootNode() as Document | ShadowRoot;
    const place = () => {
      const control = root.activeElement;
      if (!control || !explorer.contains(control)) return setAtTop(false);
      const foot = framed ? (slice?.bottom ?? innerHeight) : innerHeight;
      setAtTop(control.getBoundingClientRect().bottom + (framed ? scrollY : 0) > foot - BAR_ROOM);
    };
    // Focus leaves before the next control takes it: placed once focus has settled.
    const onFocusOut = () => requestAnimationFrame(place);
    place();
    explorer.addEventListener("focusin", place);
    explorer.addEventListener("focusout", onFocusOut);
    addEventListener("scroll", place, { passive: true });
    return () => {
      explorer.removeEventListener("focusin", place);
      explorer.removeEventListener("focusout", onFocusOut);
      removeEventListener("scroll", place);
    };
  }, [framed, slice]);

  const shown = cardOutOfSight && (!framed || slice !== null);
  const placed = framed && slice
    ? ({ position: "absolute", left: 0, right: 0, bottom: "auto", top: atTop ? `${slice.top + 8}px` : `calc(${slice.bottom}px - 3rem)` } as const)
    : undefined;
  const bar = (
    <div data-price-bar data-shown={shown || undefined} style={placed} className={`price-bar ${atTop ? "top-2" : "bottom-2"}`}>
      <strong className="text-ink">{formatCredits(cost.perImage)}</strong> credits each ·{" "}
      <strong className="text-ink">{formatCredits(cost.total)}</strong> total ·{" "}
      <strong className="text-ink">{formatDollars(cost.total)}</strong>
    </div>
  );
  return (
    <div ref={overlay} aria-hidden="true" className="pointer-events-none absolute inset-0 flex flex-col justify-between">
      {framed && (
        <div ref={ruler} className="invisible absolute inset-0 overflow-hidden">
          {Array.from({ length: stripes }, (_, i) => (
            <div key={i} style={{ height: STRIPE }} />
          ))}
        </div>
      )}
      {atTop && bar}
      <span />
      {!atTop && bar}
    </div>
  );
}
