import { useId } from "react";
import {
  balanceFromDecimal,
  cents,
  creditsBoughtBy,
  DEFAULT_SETTINGS,
  hundredths,
  LIMITS,
  parsePlainNumber,
  toCredits,
  type Hundredths,
} from "../pricing";
import { NumberField, type FieldReading } from "../ui/NumberField";
import { formatBalance, formatCount, formatCredits, formatWholeDollars, plural } from "./format";
import type { ExplorerState, StatePatch } from "./state";
import { quoteSettings } from "../pricing/quoteSettings";
import { usePriced } from "./usePricing";

interface BalancePanelProps {
  state: ExplorerState;
  /** The balance as just committed, for the field; `state` may be a frame behind. */
  balance: Hundredths;
  onChange: (patch: StatePatch) => void;
}

/** Top-ups in whole dollars and the credits each buys ($10 buys 1,000). */
const TOP_UPS = [10, 50, 100].map((dollars) => ({ dollars, credits: creditsBoughtBy(cents(dollars * 100)) }));
const MAX_CREDITS = toCredits(LIMITS.balance.max);

export function readBalance(text: string): FieldReading<Hundredths> {
  if (text === "") return { ok: false, error: "Type a balance in credits, such as 200 or 12.50." };
  const number = parsePlainNumber(text);
  if (number === null) {
    return /^[+-]?[\d.,\s'’]+$/.test(text)
      ? { ok: false, error: "Use digits with a dot for decimals and no thousands separators, such as 1000.50." }
      : /^[+-]?\d*\.?\d*e[+-]?\d+$/i.test(text)
        ? { ok: false, error: "That number is too large to use." }
        : { ok: false, error: "Type a balance in credits, such as 200 or 12.50." };
  }
  const value = balanceFromDecimal(text) ?? DEFAULT_SETTINGS.balance;
  if (number < 0) return { ok: true, value, note: "A balance cannot be negative: using 0." };
  if (number > MAX_CREDITS) {
    return { ok: true, value, note: `${formatCount(MAX_CREDITS)} credits is the most: using that.` };
  }
  const exact = toCredits(value) === number;
  return { ok: true, value, note: exact ? null : `Rounded down to the hundredth: ${formatCredits(value)}.` };
}

export function BalancePanel({ state, balance, onChange }: BalancePanelProps) {
  const quote = usePriced(quoteSettings, state);
  const labelId = useId();
  const fieldId = useId();
  const imagesId = useId();
  const { images, generations, leftover } = quote.balance;

  function topUp(added: Hundredths) {
    onChange({ balance: hundredths(Math.min(LIMITS.balance.max, balance + added)) });
  }

  return (
    <div className="flex flex-col gap-4">
      <div className="grid grid-cols-[1fr_auto] items-start gap-x-3">
        <label id={labelId} htmlFor={fieldId} className="pt-1.5 text-sm font-semibold text-ink">
          Balance in credits
        </label>
        <NumberField
          id={fieldId}
          aria-labelledby={labelId}
          inputMode="decimal"
          className="w-36"
          value={balance}
          format={(v) => String(toCredits(v))}
          read={readBalance}
          onCommit={(balance) => onChange({ balance })}
        />
      </div>
      <div role="group" aria-label="Top up" className="flex flex-wrap items-center gap-1.5">
        {TOP_UPS.map(({ dollars, credits }) => (
          <button
            key={dollars}
            type="button"
            onClick={() => topUp(credits)}
            className="rounded-md border border-line px-2 py-1 text-xs text-ink hover:border-accent"
          >
            Add {formatWholeDollars(dollars)}{" "}
            <span className="text-muted">
              (+{formatCount(toCredits(credits))} credits)
            </span>
          </button>
        ))}
        <button
          type="button"
          onClick={() => onChange({ balance: DEFAULT_SETTINGS.balance })}
          className="rounded-md px-2 py-1 text-xs text-muted underline hover:text-ink"
        >
          Reset to {formatBalance(DEFAULT_SETTINGS.balance)} free credits
        </button>
      </div>
      <div className="rounded-xl border border-line p-3">
        <p id={imagesId} className="text-xs font-semibold text-muted">
          Images your balance buys
        </p>
        <p className="text-3xl font-semibold text-ink tabular-nums">
          <output aria-labelledby={imagesId}>{formatCount(images)}</output>
        </p>
        <p className="mt-1 text-sm text-muted">
          At {formatCredits(quote.perImage)} credits each:{" "}
          {formatCount(generations)} {plural(generations, "generation", "generations")} of{" "}
          {state.count}, with {formatCredits(leftover)} credits left over.
        </p>
        <p className="mt-2 text-sm text-muted">
          Across the published table, {formatBalance(state.balance)} credits buy between{" "}
          {formatCount(quote.range.most)} and {formatCount(quote.range.fewest)} images.
        </p>
      </div>
    </div>
  );
}
