import { memo, useId, type KeyboardEvent } from "react";
import { priceGrid, type GridCell } from "../pricing/grid";
import { priceExtremes } from "../pricing/extremes";
import { HEATMAP_VIEWS } from "../settings/settings";
import { useEngine, useSettings, useSettledSettings, useUpdate } from "../state/hooks";
import { Button } from "../ui/Button";
import { SegmentedControl } from "../ui/SegmentedControl";
import { downloadText, heatmapCsv } from "./csv";
import { HEAT_STEPS, heatStep, type HeatStep } from "./heatmapScale";
import { formatCount, plural } from "./format";
import { addedWord, columnLabel, VIEW_SPECS } from "./heatmapView";
import { ScheduleSource } from "./ScheduleSource";

const VIEW_OPTIONS = HEATMAP_VIEWS.map((value) => ({ value, label: VIEW_SPECS[value].label }));
const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/** Arrow keys move focus between the cells' buttons; only the current cell is in tab order. */
function moveFocus(event: KeyboardEvent<HTMLTableElement>) {
  const delta = ARROWS[event.key];
  const from = (event.target as HTMLElement).closest<HTMLElement>("[data-cell]");
  if (!delta || !from) return;
  const [row, column] = (from.dataset.cell ?? "").split(",").map(Number) as [number, number];
  const next = event.currentTarget.querySelector<HTMLElement>(
    `[data-cell="${row + delta[0]},${column + delta[1]}"]`,
  );
  if (next) {
    event.preventDefault();
    next.focus();
  }
}

/**
 * The schedule's table, with the settings a frame late marked and counted on it; what the cells
 * show follows the view switch at once.
 */
export function Heatmap() {
  const state = useSettledSettings();
  const view = useSettings((current) => current.view);
  const onChange = useUpdate();
  const grid = useEngine(priceGrid, state);
  const { schedule } = state;
  const { low, high } = priceExtremes(schedule);
  const spec = VIEW_SPECS[view];
  const captionId = useId();
  const budgetId = useId();
  const added = addedWord(schedule);
  const cells = grid.cells.flat();
  const affordable = cells.filter((cell) => cell.affordable).length;
  const wanted = `${formatCount(state.wanted)} ${plural(state.wanted, "image", "images")}`;

  return (
    <div className="@container/heat -mx-3 flex flex-col gap-3 px-3 compact:gap-2">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <SegmentedControl
          legend="Table shows"
          value={view}
          options={VIEW_OPTIONS}
          onChange={(next) => onChange({ view: next })}
        />
        <Button onClick={() => downloadText(spec.fileName(state.balance, schedule), heatmapCsv(grid, view, state.balance, schedule))}>
          Download CSV
        </Button>
      </div>
      <div
        role="region"
        aria-labelledby={captionId}
        tabIndex={-1}
        className="-mx-1 overflow-x-auto px-1 pb-1 @max-lg/heat:-mx-2 @max-lg/heat:px-0.5 @max-[18.5rem]/heat:-mx-3 @max-[18.5rem]/heat:px-px"
      >
        <table onKeyDown={moveFocus} className="w-full table-fixed border-separate border-spacing-0.5 text-center text-xs @2xl/heat:text-sm compact:@2xl/heat:text-xs">
          <caption id={captionId} className="mb-2 text-left text-sm font-semibold text-ink compact:mb-1 compact:text-xs @max-lg/heat:px-1.5 @max-[18.5rem]/heat:px-[11px]">
            {spec.caption(state.balance, schedule)}
          </caption>
          <thead>
            <tr>
              {/* The narrow sizes follow the table's own box (@container/heat), not the page's: a
                  docs column or a card's padding leaves it narrower than the window. Under 32rem
                  (a phone, or a docs column up to about 480 px) the headers lose their padding and
                  two points of size, so that "1024" fits in seven columns; under 18.5rem (320 px)
                  the steps column narrows too. */}
              <th scope="col" className="w-14 px-1 py-1 text-left align-bottom font-semibold text-muted @max-lg/heat:w-10 @max-lg/heat:px-0 @max-[18.5rem]/heat:w-8 @max-[18.5rem]/heat:text-[0.625rem]">
                Steps
              </th>
              {grid.columns.map((column) => (
                <th
                  key={column.added ? "added" : `${column.width}x${column.height}`}
                  scope="col"
                  className={`px-1 py-1 align-bottom font-semibold tabular-nums @max-lg/heat:px-0 @max-lg/heat:text-[0.625rem]/3 ${column.added ? "text-warn" : "text-ink"}`}
                >
                  <ColumnLabel label={columnLabel(schedule, column)} />
                  {column.added && <AddedWord word={added} />}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((row, r) => (
              // The added row keeps one key as the steps change, so that React updates its cells
              // rather than building the row anew on every key press.
              <tr key={row.added ? "added" : row.steps}>
                <th
                  scope="row"
                  className={`px-1 text-left font-semibold tabular-nums ${row.added ? "text-warn" : "text-ink"}`}
                >
                  {row.steps}
                  {row.added && <AddedWord word={added} />}
                </th>
                {(grid.cells[r] ?? []).map((cell, c) => (
                  <HeatCell
                    key={c}
                    position={`${r},${c}`}
                    text={spec.display(cell)}
                    colour={heatStep(cell.perImage, low, high)}
                    current={cell.current}
                    printed={cell.printed !== null}
                    budget={cell.affordable ? budgetId : undefined}
                    steps={cell.steps}
                    width={cell.width}
                    height={cell.height}
                    onSelect={onChange}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Legend />
      <p className="flex items-center gap-2 text-xs text-muted">
        <span aria-hidden="true" className="size-2 shrink-0 rounded-full bg-ink" />
        <span>
          Dotted: the balance buys the {wanted} wanted there ({affordable} of {cells.length} cells).
          <span id={budgetId} className="sr-only">
            Within budget for {wanted}.
          </span>
        </span>
      </p>
      <ScheduleSource schedule={schedule} />
    </div>
  );
}

interface HeatCellProps {
  position: string;
  text: string;
  colour: HeatStep;
  current: boolean;
  /** Printed by the source, rather than added by the page. */
  printed: boolean;
  /** The id of the note a cell within budget is described by; none when it is not. */
  budget: string | undefined;
  steps: number;
  width: number;
  height: number;
  onSelect: (point: Pick<GridCell, "steps" | "width" | "height">) => void;
}

/**
 * One cell; memoised on plain values, so the settled render redraws only the cells that change.
 * Without the memo, a key press's price was painted at p50 68 ms instead of 39 (4× CPU, npm run
 * bench, 2026-12-06): the 36 cells' render held up the presses after it.
 *
 * Its marks keep 1 px or more clear of every figure in every engine (engines/cases/fit.ts): the
 * dot sits in an 11 px band at the top that the figure never enters (the button's top padding);
 * on a phone the current cell's ring (2 px and a 1 px offset, in a 2 px gap) reaches 1 px into
 * its neighbours, and the table takes 8 px (12 under 18.5rem, with figures set a little tighter)
 * of the card's padding so that each figure has 2 px to spare on either side. The root cancels
 * that much of the padding with its own negative margin and padding, so that nothing overflows
 * its box. From 32rem cells are wide enough for the 3 px ring; an embed's are 30 px tall there
 * (28 before) to fit the band, a 12 px figure and the ring's 2 px into the cell below.
 */
const HeatCell = memo(function HeatCell({ position, text, colour, current, printed, budget, steps, width, height, onSelect }: HeatCellProps) {
  return (
    <td
      aria-current={current ? "true" : undefined}
      className={`rounded-md p-0 ${current ? "ring-3 ring-ink ring-offset-1 ring-offset-card @max-lg/heat:ring-2" : ""}`}
      style={{ backgroundColor: colour.background, color: colour.text }}
    >
      <button
        type="button"
        data-cell={position}
        tabIndex={current ? 0 : -1}
        aria-describedby={budget}
        onClick={() => onSelect({ steps, width, height })}
        className={`heat-cell relative block min-h-9 w-full cursor-pointer rounded-md px-0.5 pt-[11px] pb-1 tabular-nums compact:min-h-[1.875rem] compact:pb-[3px] @max-lg/heat:px-0 @max-lg/heat:pb-[11px] @max-lg/heat:text-[0.625rem] @max-[18.5rem]/heat:tracking-tight compact:@max-lg/heat:min-h-7 compact:@max-lg/heat:pb-0.5 ${current ? "font-bold @max-lg/heat:font-medium" : ""} ${printed ? "" : "italic"} ${budget ? "after:absolute after:top-1 after:right-1 after:size-1.5 after:rounded-full after:bg-current" : ""}`}
      >
        <NarrowText text={text} />
      </button>
    </td>
  );
});

/**
 * "estimate" under an added row's or column's label; on a phone, its first three letters, with the
 * rest kept for screen readers.
 */
function AddedWord({ word }: { word: string }) {
  return (
    <span className="block text-[0.7rem] font-normal @max-lg/heat:text-[0.625rem]">
      {" "}
      {word.slice(0, 3)}
      <span className="@max-lg/heat:sr-only">{word.slice(3)}</span>
    </span>
  );
}

/**
 * A column's size. In a docs column, always on two lines ("512 ×", "512"), at any width: the
 * header row, and so the height the copied code reserves, is then the same in a 624 px column
 * as in a 760 px one.
 */
function ColumnLabel({ label }: { label: string }) {
  const [width, height] = label.split(" × ");
  if (height === undefined) return label;
  return (
    <>
      {width} ×<span className="compact:block"> {height}</span>
    </>
  );
}

/**
 * A cell's figure. On a phone (the table's box under 32rem) a column is 30–40 px wide: figures are
 * set smaller, and a dollar amount drops its "$0" ("$0.0048" reads ".0048", under a caption that
 * says dollars), kept for screen readers, which read the cell as "$0.0048".
 */
function NarrowText({ text }: { text: string }) {
  if (!text.startsWith("$0.")) return text;
  return (
    <>
      <span className="@max-lg/heat:sr-only">$0</span>
      {text.slice(2)}
    </>
  );
}

function Legend() {
  return (
    <div className="flex items-center gap-2 text-xs text-muted" aria-hidden="true">
      <span>Cheaper</span>
      <span className="flex h-3 flex-1 overflow-hidden rounded-full">
        {HEAT_STEPS.map((step) => (
          <span key={step.background} className="flex-1" style={{ backgroundColor: step.background }} />
        ))}
      </span>
      <span>Dearer</span>
    </div>
  );
}
