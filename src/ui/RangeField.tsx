import { useId } from "react";
import { NumberField, type FieldReading } from "./NumberField";

export interface RangeFieldProps {
  label: string;
  value: number;
  range: { readonly min: number; readonly max: number; readonly step: number };
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
    // In a docs column, label, field and slider share one row.
    <div className="field range-field">
      <label id={labelId} htmlFor={sliderId} className="field-label compact:pt-0">
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
        className="range-input"
      />
    </div>
  );
}
