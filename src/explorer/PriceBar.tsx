import { useEffect, useRef, useState, type RefObject } from "react";
import { useCost } from "./CostSummary";
import { formatCredits, formatDollars } from "./format";
import { placePriceBar, type Span } from "./placePriceBar";

interface PriceBarProps {
  /** The Cost card, whose figures the bar stands in for. */
  costCard: RefObject<HTMLElement | null>;
}

/** The room the bar keeps from the edge it stands at. */
const MARGIN = 8;
// In a frame that the host sizes to its content, the frame is not what scrolls: the part of it
// on the host's screen is known only from intersections, reported as thresholds are crossed.
// Stripes of the frame, each reported every quarter of its height, place that part's ends
// to within 8 px.
const STRIPE = 32;
const STRIPE_STEPS = [0, 0.25, 0.5, 0.75, 1];
/** In a frame, the bar settles after scrolling has paused this long, rather than chase it. */
const SETTLE_MS = 150;

/** The part of this document on the screen, in a frame: null while unknown or scrolling. */
type Slice = Span | null;

/**
 * The price, while a reader moves a control and cannot see the Cost card's figures: a thumb on a
 * slider of a phone, the card below the screen, or a cell of the table, the card above it.
 *
 * Where it may be (placePriceBar, docs/using.md): only while a control is in use on the screen and
 * the figures are not all on it; then at the top or foot of the screen, or just beside the Cost
 * card when the card is partly on it, whichever is farthest from the control's field (the foot over
 * the explorer's last line only as a last resort); never over the card or that field. Reading, with no control in use, there is no bar, so it never covers the
 * lines being read (the table's source line, last in a frame, was under it before).
 *
 * It takes no space in the layout, a touch or click goes through it, and it is hidden from screen
 * readers, which have the Cost card's outputs already.
 */
export function PriceBar({ costCard }: PriceBarProps) {
  const cost = useCost();
  const overlay = useRef<HTMLDivElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const framed = window.parent !== window;
  const [slice, setSlice] = useState<Slice>(null);
  // Where the bar is, from the top of the screen (sticky) or of the explorer (in a frame); it fades
  // out where it was.
  const [place, setPlace] = useState({ shown: false, top: 0 });
  // Safari does not focus a button or a slider that it taps: the control last pressed is in use
  // too, until a press elsewhere.
  const pressed = useRef<Element | null>(null);

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

  // Placed whenever the scene may have changed: the page scrolled or resized, focus moved, the
  // frame's slice settled, or the card or the explorer changed size.
  useEffect(() => {
    const explorer = overlay.current?.parentElement;
    const card = costCard.current;
    if (!explorer || !card) return;
    const root = explorer.getRootNode() as Document | ShadowRoot;
    const update = () => {
      const screen = framed ? slice : { top: 0, bottom: innerHeight };
      // In a frame, document coordinates, as the slice is in; otherwise the screen's.
      const shift = framed ? scrollY : 0;
      const span = (el: Element) => {
        const rect = el.getBoundingClientRect();
        return { top: rect.top + shift, bottom: rect.bottom + shift };
      };
      const figures = [...card.querySelectorAll("output")].map(span);
      const focused = root.activeElement;
      const control = focused && explorer.contains(focused) ? focused : pressed.current;
      const next = screen && bar.current && figures.length > 0
        ? placePriceBar({
            screen,
            explorer: span(explorer),
            card: span(card),
            figures: { top: Math.min(...figures.map((f) => f.top)), bottom: Math.max(...figures.map((f) => f.bottom)) },
            field: control ? span(control.closest(".field") ?? control) : null,
            height: bar.current.offsetHeight,
            // In a frame, the slice's ends are known to within a quarter stripe.
            margin: framed ? MARGIN + STRIPE / 4 : MARGIN,
          })
        : null;
      const top = next ? next.top - (framed ? span(explorer).top : 0) : null;
      setPlace((was) => (top === null ? (was.shown ? { ...was, shown: false } : was) : was.shown && was.top === top ? was : { shown: true, top }));
    };
    // Focus leaves before the next control takes it: placed once focus has settled.
    const onFocusOut = () => requestAnimationFrame(update);
    const onPressAnywhere = () => {
      pressed.current = null;
      update();
    };
    const onPress = (event: PointerEvent) => {
      pressed.current = event.target instanceof Element ? event.target.closest("input, button, select, textarea") : null;
      update();
    };
    const resized = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(update);
    resized?.observe(card);
    resized?.observe(explorer);
    update();
    explorer.addEventListener("focusin", update);
    explorer.addEventListener("focusout", onFocusOut);
    // Captured on the window, a press clears the last one before the explorer sees its own.
    addEventListener("pointerdown", onPressAnywhere, { capture: true });
    explorer.addEventListener("pointerdown", onPress);
    addEventListener("scroll", update, { passive: true });
    addEventListener("resize", update);
    return () => {
      resized?.disconnect();
      explorer.removeEventListener("focusin", update);
      explorer.removeEventListener("focusout", onFocusOut);
      removeEventListener("pointerdown", onPressAnywhere, { capture: true });
      explorer.removeEventListener("pointerdown", onPress);
      removeEventListener("scroll", update);
      removeEventListener("resize", update);
    };
  }, [costCard, framed, slice]);

  return (
    <div ref={overlay} aria-hidden="true" className="pointer-events-none absolute inset-0 flex flex-col">
      {framed && (
        <div ref={ruler} className="invisible absolute inset-0 overflow-hidden">
          {Array.from({ length: stripes }, (_, i) => (
            <div key={i} style={{ height: STRIPE }} />
          ))}
        </div>
      )}
      <div
        ref={bar}
        data-price-bar
        data-shown={place.shown || undefined}
        style={framed ? { position: "absolute", left: 0, right: 0, top: place.top } : { top: place.top }}
        className="price-bar"
      >
        <strong className="text-ink">{formatCredits(cost.perImage)}</strong> credits each ·{" "}
        <strong className="text-ink">{formatCredits(cost.total)}</strong> total ·{" "}
        <strong className="text-ink">{formatDollars(cost.total)}</strong>
      </div>
    </div>
  );
}
