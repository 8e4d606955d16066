/**
 * A regularised (L2) logistic regression over sparse binary features, trained by full-batch gradient descent
 * from zero weights for a fixed number of steps: the same data always gives the same weights (no shuffling,
 * no random start). Small enough to need no library.
 */
export interface Example {
  names: readonly string[];
  /** 1: the pair's first role (the COO) owns it; 0: the second (the Chief of Staff). */
  y: 0 | 1;
}

export interface Model {
  bias: number;
  weights: ReadonlyMap<string, number>;
}

const STEPS = 400;
const RATE = 0.5;
/** A feature seen in fewer training examples than this gets no weight: one item is an anecdote. */
const MIN_COUNT = 2;

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The probability that the pair's first role (the COO) owns it. */
export function score(model: Model, names: readonly string[]): number {
  let z = model.bias;
  for (const name of names) z += model.weights.get(name) ?? 0;
  return sigmoid(z);
}

export function train(examples: readonly Example[], l2: number): Model {
  const counts = new Map<string, number>();
  for (const e of examples) for (const n of e.names) counts.set(n, (counts.get(n) ?? 0) + 1);
  const kept = [...counts]
    .filter(([, c]) => c >= MIN_COUNT)
    .map(([n]) => n)
    .sort();
  const index = new Map(kept.map((n, i) => [n, i]));
  // Sorted: sums in one order, so the weights do not depend on the order of an example's words.
  const rows = examples.map((e) => e.names.flatMap((n) => index.get(n) ?? []).sort((a, b) => a - b));
  const w = new Float64Array(kept.length);
  const grad = new Float64Array(kept.length);
  let bias = 0;
  for (let step = 0; step < STEPS; step++) {
    grad.fill(0);
    let gradBias = 0;
    examples.forEach((e, k) => {
      let z = bias;
      for (const i of rows[k]) z += w[i];
      const err = sigmoid(z) - e.y;
      gradBias += err;
      for (const i of rows[k]) grad[i] += err;
    });
    bias -= (RATE * gradBias) / examples.length;
    for (let i = 0; i < w.length; i++) w[i] -= RATE * (grad[i] / examples.length + l2 * w[i]);
  }
  return { bias, weights: new Map(kept.map((name, i) => [name, w[i]])) };
}
