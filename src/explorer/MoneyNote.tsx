export function MoneyNote() {
  return (
    <p>
      1 credit = $0.01, and $10 buys 1,000 credits. Table figures are rounded to 0.1 as
      published; the explorer prices each image to the hundredth of a credit, and sizes or steps
      between published cells are estimates, interpolated linearly in pixels and proportional to
      steps.
    </p>
  );
}
