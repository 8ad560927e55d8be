// Text a person types into a number field, read by the same rules as a link's parameter: brought
// into range with a note saying so, or refused with a message that says what to type. The field
// keeps what was typed. (The balance has its own messages, in BalancePanel.)
import { parsePlainNumber } from "../settings/numbers";
import type { Context, RangeSetting } from "../settings/settings";
import type { FieldReading } from "../ui/NumberField";
import { formatCount } from "./format";

/** A whole number (or a multiple of the step) in a range: steps, a side, the image count. */
export function readRangeText(text: string, setting: RangeSetting, context: Context): FieldReading<number> {
  const kept = setting.read(text, context);
  if (kept === null) {
    const { min, max, step } = setting.range(context);
    const hint = step === 1 ? "a whole number" : `a multiple of ${step}`;
    return { ok: false, error: `Type ${hint} from ${formatCount(min)} to ${formatCount(max)}.` };
  }
  const note = kept === parsePlainNumber(text) ? null : `${text} is out of range or between values: using ${formatCount(kept)}.`;
  return { ok: true, value: kept, note };
}
