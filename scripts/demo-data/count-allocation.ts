// Shares an exact total out over items in proportion to weights (largest remainder method),
// with a floor per item, so fixed totals such as 5,578 checkpoints come out exact.

export function allocateExactly(total: number, weights: readonly number[], minEach = 0): number[] {
  const free = total - minEach * weights.length;
  if (free < 0) throw new Error(`cannot give ${weights.length} items at least ${minEach} each out of ${total}`);
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (free * w) / weightSum);
  const counts = exact.map((x) => Math.floor(x));
  let left = free - counts.reduce((a, b) => a + b, 0);
  // Ties go to the earlier item, so the result depends only on the inputs.
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left-- <= 0) break;
    counts[i]! += 1;
  }
  return counts.map((c) => c + minEach);
}
