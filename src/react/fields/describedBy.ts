/** Merges our message ids with the consumer's own `aria-describedby`, dropping empties and repeats. */
export function mergeDescribedBy(...ids: Array<string | undefined | null | false>): string | undefined {
  const all = ids.flatMap((id) => (id ? id.split(/\s+/) : [])).filter(Boolean);
  const unique = [...new Set(all)];
  return unique.length ? unique.join(' ') : undefined;
}
