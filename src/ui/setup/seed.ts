// A fresh seed for each exercise, from the browser's cryptographic generator: the engine itself never
// draws randomness except from the seed it is given. Six digits: easy to read aloud and type back in.
export function randomSeed(source: Pick<Crypto, 'getRandomValues'> = crypto): string {
  const [value = 0] = source.getRandomValues(new Uint32Array(1));
  return String(value % 1_000_000).padStart(6, '0');
}
