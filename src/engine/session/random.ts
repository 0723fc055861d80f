// Keyed seeded randomness (DESIGN.md "Randomness"): every draw is seeded from
// (session seed, purpose, id, occurrence), so a fork that changes one decision does not shift
// unrelated rolls, and a debrief compares decisions, not luck. The only generator state is the
// occurrence counter per key, which lives in the exercise state.
import seedrandom from 'seedrandom';

export function drawKey(purpose: string, id: string): string {
  return `${purpose}:${id}`;
}

/** A number in [0, 1) for this key and occurrence. Alea is fast to seed, which matters: one generator per draw. */
export function keyedUniform(seed: string, purpose: string, id: string, occurrence: number): number {
  return seedrandom.alea(`${seed}\u241f${purpose}\u241f${id}\u241f${occurrence}`)();
}

/** A whole number between min and max inclusive from a uniform draw. */
export function wholeBetween(u: number, min: number, max: number): number {
  const lo = Math.ceil(Math.min(min, max));
  const hi = Math.floor(Math.max(min, max));
  return lo + Math.floor(u * (hi - lo + 1));
}

/** Index picked by weight from a uniform draw. */
export function pickWeighted(u: number, weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let acc = 0;
  for (let i = 0; i < weights.length; i++) {
    acc += (weights[i] ?? 0) / total;
    if (u < acc) return i;
  }
  return weights.length - 1;
}

/** Bots draw from their own generator, never from the exercise's: a bot's choice must not move a scenario roll. */
export function botRandom(seed: string, policy: string): () => number {
  return seedrandom.alea(`bot\u241f${policy}\u241f${seed}`);
}
