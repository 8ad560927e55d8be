export function MoneyNote() {
  return (
    <p>
      In every schedule, 1 credit = $0.01 and $10 buys 1,000 credits. Table figures are as their
      source printed them; the explorer prices each image to the hundredth of a credit, and says
      where a price is an estimate or comes from the source’s formula rather than its table.
    </p>
  );
}
