/** Every scalar in an entry's data (a string, number, boolean or null), with its path; lists and objects are walked into. */
export function* leaves(value: unknown, path: (string | number)[] = []): Generator<[(string | number)[], unknown]> {
  if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* leaves(item, [...path, i]);
  else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) yield* leaves(inner, [...path, key]);
  else yield [path, value];
}
