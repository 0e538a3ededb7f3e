/**
 * Items grouped by a key, each group in the items' order. Linear: a group grows in place (copying it for every
 * item was quadratic in a month of one-minute uptime records).
 */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
