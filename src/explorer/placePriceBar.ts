// Where the price bar may be, as a pure rule on measured extents, so that it is tested with exact
// numbers (placePriceBar.test.ts) and the component only measures and places.

/** A vertical extent, in one document's coordinates. */
export interface Span {
  readonly top: number;
  readonly bottom: number;
}

export interface BarScene {
  /** The part of the explorer's document on the screen (in a frame: on the host page's screen). */
  readonly screen: Span;
  /** The explorer: the bar never leaves it. */
  readonly explorer: Span;
  /** The Cost card, and its figures (the credits per image and the totals) taken together. */
  readonly card: Span;
  readonly figures: Span;
  /** The field of the control in use (the focused one, with its label), or null when none is. */
  readonly field: Span | null;
  /** The bar's height, and the room it keeps from the edge it stands at. */
  readonly height: number;
  readonly margin: number;
}

/**
 * Where the bar stands, or null for no bar. It shows only while a control is in use on the screen
 * and the Cost card's figures are not all on the screen: reading, the reader has the figures or has
 * left them, and a bar would only cover what they read. It stands at the top or foot of the screen
 * (of the explorer's part of it), or beside the Cost card where the card is partly on the screen,
 * whichever is farthest from the field in use; never over the card or that field. With the
 * explorer's end in sight, the foot is the last resort.
 */
export function placePriceBar({ screen, explorer, card, figures, field, height, margin }: BarScene): Span | null {
  if (!field || !overlap(field, screen) || within(figures, screen)) return null;
  const room = { top: Math.max(screen.top, explorer.top), bottom: Math.min(screen.bottom, explorer.bottom) };
  const fieldMiddle = field.top + field.bottom;
  const distance = (bar: Span) => Math.abs(bar.top + bar.bottom - fieldMiddle);
  const farthest = (tops: number[]) => {
    let best: Span | null = null;
    for (const top of tops) {
      const bar = { top, bottom: top + height };
      if (!within(bar, room) || overlap(bar, card) || overlap(bar, field)) continue;
      if (!best || distance(bar) > distance(best)) best = bar;
    }
    return best;
  };
  const foot = room.bottom - margin - height;
  const sides = [room.top + margin, card.bottom + margin, card.top - margin - height];
  // The foot is over the explorer's last lines when its end is in sight (the table's source line,
  // last in a frame, was under the bar): then it is the last resort.
  if (explorer.bottom >= screen.bottom + height + margin) return farthest([...sides, foot]);
  return farthest(sides) ?? farthest([foot]);
}

const within = (inner: Span, outer: Span) => inner.top >= outer.top && inner.bottom <= outer.bottom;
const overlap = (a: Span, b: Span) => a.top < b.bottom && b.top < a.bottom;
