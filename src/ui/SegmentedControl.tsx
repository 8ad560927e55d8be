import { useId } from "react";

export interface Segment<T extends string> {
  readonly value: T;
  readonly label: string;
}

export interface SegmentedControlProps<T extends string> {
  legend: string;
  value: T;
  options: readonly Segment<T>[];
  onChange: (value: T) => void;
  hideLegend?: boolean;
}

/** A radio group drawn as a row of buttons: arrow keys move within it, as radios do. */
export function SegmentedControl<T extends string>({
  legend,
  value,
  options,
  onChange,
  hideLegend = false,
}: SegmentedControlProps<T>) {
  const name = useId();
  return (
    <fieldset className="min-w-0">
      <legend className={hideLegend ? "sr-only" : "mb-1 text-xs font-semibold text-muted compact:sr-only"}>
        {legend}
      </legend>
      <div className="inline-flex flex-wrap rounded-lg border border-line bg-card p-0.5">
        {options.map((option) => (
          <label key={option.value} className="cursor-pointer">
            <input
              type="radio"
              className="peer sr-only"
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            <span className="block rounded-md px-2.5 py-1 text-sm text-muted peer-checked:bg-accent peer-checked:font-semibold peer-checked:text-on-accent peer-focus-visible:outline-3 peer-focus-visible:outline-accent">
              {option.label}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
