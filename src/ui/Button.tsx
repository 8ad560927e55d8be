import type { ComponentProps } from "react";

// The looks are classes in index.css: a bordered button (the table's and the share actions), a
// small choice among several that fills when pressed (sizes, top-ups), and a quiet action.
const LOOKS = { outline: "button", chip: "chip", link: "quiet-button" } as const;

export interface ButtonProps extends ComponentProps<"button"> {
  look?: keyof typeof LOOKS;
}

/** A native button in one of the explorer's looks; type="button" unless told otherwise. */
export function Button({ look = "outline", className = "", type = "button", ...props }: ButtonProps) {
  return <button type={type} className={`${LOOKS[look]} ${className}`} {...props} />;
}
