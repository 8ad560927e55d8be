import { memo, useEffect, useRef, useState, type ComponentProps } from "react";
import { afterNextPaint } from "./afterNextPaint";

type RangeInputProps = Omit<ComponentProps<"input">, "type" | "value" | "defaultValue" | "onChange">;

export interface SliderProps extends RangeInputProps {
  value: number;
  /** Brings the slider's value into the setting's range and steps. */
  clamp: (value: number) => number;
  /** What a listener hears for a value: "768 pixels". */
  valueText: (value: number) => string;
  /** The latest value, once the frame that shows the thumb's move has been painted. */
  onChange: (value: number) => void;
}

/**
 * A native range input whose thumb answers a key press or a drag in the next frame on its own:
 * the rest of the page gets the value one painted frame later. Re-rendering the price, the
 * text field and their cards in the same frame made a throttled key press take 1.7–2× as long
 * as a bare slider's (`npm run bench`).
 */
export const Slider = memo(function Slider({ value, clamp, valueText, onChange, ...props }: SliderProps) {
  const [moving, setMoving] = useState<number | null>(null);
  // One commit waits at a time and takes the latest value, so moves that come faster than
  // frames (a drag, a held key) never starve it.
  const pending = useRef<{ value: number; cancel: () => void } | null>(null);
  useEffect(() => () => pending.current?.cancel(), []);

  function move(next: number) {
    setMoving(next);
    if (pending.current) {
      pending.current.value = next;
      return;
    }
    const commit = { value: next, cancel: () => {} };
    commit.cancel = afterNextPaint(() => {
      pending.current = null;
      setMoving(null);
      onChange(commit.value);
    });
    pending.current = commit;
  }

  const shown = moving ?? value;
  return (
    <input
      {...props}
      type="range"
      value={shown}
      aria-valuetext={valueText(shown)}
      onChange={(event) => move(clamp(Number(event.target.value)))}
    />
  );
});
