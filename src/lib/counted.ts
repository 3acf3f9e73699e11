/** `n` and the noun in its number: "1 article", "3 articles", "1 discrepancy" (with `many` given). */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
