import { useId } from "react";
import type { NumberRange } from "../settings/numbers";
import { NumberField, type FieldReading } from "./NumberField";

export interface RangeFieldProps {
  label: string;
  value: number;
  range: NumberRange;
  /** Reads typed text into a value in range, or refuses it with a message. */
  read: (text: string) => FieldReading<number>;
  /** What a listener hears for a value: "768 pixels". */
  valueText: (value: number) => string;
  onChange: (value: number) => void;
}

/** A slider paired with a text field of the same name, for the same setting. */
export function RangeField({ label, value, range, read, valueText, onChange }: RangeFieldProps) {
  const labelId = useId();
  const sliderId = useId();
  return (
    <div className="grid grid-cols-[1fr_auto] items-start gap-x-3">
      <label id={labelId} htmlFor={sliderId} className="pt-1.5 text-sm font-semibold text-ink">
        {label}
      </label>
      <NumberField
        aria-labelledby={labelId}
        inputMode={range.step === 1 ? "numeric" : "decimal"}
        className="w-20"
        value={value}
        format={String}
        read={read}
        onCommit={onChange}
      />
      <input
        id={sliderId}
        type="range"
        min={range.min}
        max={range.max}
        step={range.step}
        value={value}
        aria-valuetext={valueText(value)}
        // A range input's value is always a number within its min, max and step.
        onChange={(event) => onChange(Number(event.target.value))}
        className="col-span-2 h-8 w-full cursor-pointer"
      />
    </div>
  );
}
