import { useId } from "react";
import { quoteBalance } from "../pricing/balance";
import { quotePlan } from "../pricing/plan";
import { cents, creditsBoughtBy, hundredths, toCredits, type Cents, type Hundredths } from "../pricing/units";
import { parsePlainNumber } from "../settings/numbers";
import { BALANCE_RANGE, DEFAULT_STATE, readBalance, SETTINGS } from "../settings/settings";
import { useEngine, useSettings, useSettledSettings, useUpdate } from "../state/hooks";
import { Button } from "../ui/Button";
import { NamedFigure } from "../ui/NamedFigure";
import { NumberField, type FieldReading } from "../ui/NumberField";
import { formatBalance, formatCount, formatCredits, formatSize, formatWholeDollars, plural } from "./format";
import { readRangeText } from "./readField";

/** Top-ups in whole dollars and the credits each buys ($10 buys 1,000). */
const TOP_UPS = [10, 50, 100].map((dollars) => ({ dollars, credits: creditsBoughtBy(cents(dollars * 100)) }));

const MAX_CREDITS = toCredits(BALANCE_RANGE.max);

/**
 * A typed balance in credits, read by the same rule as a link's (rounded down to the hundredth,
 * clamped to 0–10,000,000), with a note where that changed it, or a message saying what to type.
 */
export function readBalanceText(text: string): FieldReading<Hundredths> {
  const value = readBalance(text);
  const typed = parsePlainNumber(text);
  if (value === null || typed === null) {
    if (/^[+-]?[\d.,\s'’]+$/.test(text)) {
      return { ok: false, error: "Use digits with a dot for decimals and no thousands separators, such as 1000.50." };
    }
    if (/^[+-]?\d*\.?\d*e[+-]?\d+$/i.test(text)) return { ok: false, error: "That number is too large to use." };
    return { ok: false, error: "Type a balance in credits, such as 200 or 12.50." };
  }
  if (typed < 0) return { ok: true, value, note: "A balance cannot be negative: using 0." };
  if (typed > MAX_CREDITS) return { ok: true, value, note: `${formatCount(MAX_CREDITS)} credits is the most: using that.` };
  const exact = toCredits(value) === typed;
  return { ok: true, value, note: exact ? null : `Rounded down to the hundredth: ${formatCredits(value)}.` };
}

/** The fields answer at once; the figures follow the settings a frame later. */
export function BalancePanel() {
  return (
    // In a docs column, the figures are rows of label and number, without the sentences.
    <div className="flex flex-col gap-4 compact:gap-2">
      <BalanceField />
      <WantedField />
      <BalanceOutcome />
      <PlanOutcome />
    </div>
  );
}

/** The balance, typed or topped up; the reset button restores what a new account got under the schedule. */
function BalanceField() {
  const balance = useSettings((state) => state.balance);
  const freeCredits = useSettings((state) => state.schedule.freeCredits);
  const onChange = useUpdate();
  const labelId = useId();
  const fieldId = useId();

  function topUp(added: Hundredths) {
    onChange({ balance: hundredths(Math.min(BALANCE_RANGE.max, balance + added)) });
  }

  return (
    <>
      <div className="field">
        <label id={labelId} htmlFor={fieldId} className="field-label">
          Balance in credits
        </label>
        <NumberField
          id={fieldId}
          aria-labelledby={labelId}
          inputMode="decimal"
          className="w-36 compact:w-28"
          value={balance}
          format={(value) => String(toCredits(value))}
          read={readBalanceText}
          onCommit={(balance) => onChange({ balance })}
        />
      </div>
      <div role="group" aria-label="Top up" className="flex flex-wrap items-center gap-1.5">
        {TOP_UPS.map(({ dollars, credits }) => (
          <Button key={dollars} look="chip" onClick={() => topUp(credits)}>
            Add {formatWholeDollars(dollars)}{" "}
            <span className="text-muted compact:sr-only">(+{formatCount(toCredits(credits))} credits)</span>
          </Button>
        ))}
        <Button look="link" onClick={() => onChange({ balance: hundredths(freeCredits * 100) })}>
          Reset <span className="compact:sr-only">to {formatCount(freeCredits)} free credits</span>
        </Button>
      </div>
    </>
  );
}

/** What the balance buys at the settings, a frame late. */
function BalanceOutcome() {
  const settings = useSettledSettings();
  const { perImage, outcome, range, free } = useEngine(quoteBalance, settings);
  const { schedule } = settings;
  const { width, height, steps } = schedule.defaults;
  const imagesId = useId();
  return (
    <div className="outcome">
      <p id={imagesId} className="label">
        Images your balance buys
      </p>
      <p className="text-3xl font-semibold text-ink tabular-nums compact:text-lg">
        <output aria-labelledby={imagesId}>{formatCount(outcome.images)}</output>
      </p>
      <p className="mt-1 text-sm text-muted compact:hidden">
        At {formatCredits(perImage)} credits each: {formatCount(outcome.generations)}{" "}
        {plural(outcome.generations, "generation", "generations")} of {settings.count}, with{" "}
        {formatCredits(outcome.leftover)} credits left over.
      </p>
      <p className="compact:hidden mt-2 text-sm text-muted">
        Across the {schedule.name} table, {formatBalance(settings.balance)} credits buy between{" "}
        {formatCount(range.most)} and {formatCount(range.fewest)} images. A new account’s{" "}
        {formatBalance(free.credits)} free credits bought {formatCount(free.images)} images at DreamStudio’s default of{" "}
        {formatSize(width, height)} at {steps} steps.
      </p>
    </div>
  );
}

// The range of images wanted is the same under every schedule.
const readWanted = (text: string) => readRangeText(text, SETTINGS.wanted, { schedule: DEFAULT_STATE.schedule, schedules: [] });

/** Images wanted, for planning a purchase. */
function WantedField() {
  const wanted = useSettings((state) => state.wanted);
  const onChange = useUpdate();
  const labelId = useId();
  return (
    <div className="field">
      <label id={labelId} htmlFor={`${labelId}-field`} className="field-label">
        Images wanted
      </label>
      <NumberField
        id={`${labelId}-field`}
        aria-labelledby={labelId}
        inputMode="numeric"
        className="w-36 compact:w-28"
        value={wanted}
        format={String}
        read={readWanted}
        onCommit={(value) => onChange({ wanted: value })}
      />
    </div>
  );
}

/** What the images wanted take, a frame late: credits, and the top-up the balance lacks, in $10 steps. */
function PlanOutcome() {
  const settings = useSettledSettings();
  const plan = useEngine(quotePlan, settings);
  const images = `${formatCount(settings.wanted)} ${plural(settings.wanted, "image", "images")}`;
  return (
    <dl className="grid grid-cols-2 gap-3 compact:-mt-1 compact:grid-cols-1 compact:gap-1">
      <NamedFigure look="outcome" label="Credits needed" value={formatCredits(plan.needed)}>
        for {images} at {formatCredits(plan.perImage)}
      </NamedFigure>
      <NamedFigure look="outcome" label="Top-up needed" value={formatTopUp(plan.topUp)}>
        {plan.topUp === 0
          ? `The balance covers them, with ${formatCredits(hundredths(settings.balance - plan.needed))} credits to spare.`
          : `${formatCount(toCredits(plan.topUpCredits))} credits, for the ${formatCredits(plan.shortfall)} missing.`}
      </NamedFigure>
    </dl>
  );
}

function formatTopUp(topUp: Cents): string {
  return formatWholeDollars(topUp / 100);
}
