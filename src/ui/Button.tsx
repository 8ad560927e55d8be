import type { ComponentProps } from "react";

const LOOKS = {
  /** A bordered button: the table's and the share actions. */
  outline: "rounded-lg border border-line bg-card px-3 py-1.5 text-sm font-medium text-ink hover:border-accent",
  /** A small bordered choice among several: sizes, top-ups. Pressed, it is filled. */
  chip: "rounded-md border border-line px-2 py-1 text-xs text-ink hover:border-accent aria-pressed:border-accent aria-pressed:bg-accent-soft aria-pressed:font-semibold",
  /** A quiet action that reads as a link. */
  link: "rounded-md px-2 py-1 text-xs text-muted underline hover:text-ink",
} as const;

export interface ButtonProps extends ComponentProps<"button"> {
  look?: keyof typeof LOOKS;
}

/** A native button in one of the explorer's looks; type="button" unless told otherwise. */
export function Button({ look = "outline", className = "", type = "button", ...props }: ButtonProps) {
  return <button type={type} className={`${LOOKS[look]} ${className}`} {...props} />;
}
