/**
 * The k largest items by score, best first (ties: lower `order` first — a number, or a string such as an id), in
 * O(n log k) with a bounded min-heap.
 */
export function topK<T, Order extends number | string>(items: Iterable<T>, k: number, score: (item: T) => number, order: (item: T) => Order): T[] {
  if (k <= 0) return [];
  const heap: { item: T; score: number; order: Order }[] = [];
  // "Worse" = lower score, or equal score and later order; the heap's root is the worst kept item.
  const worse = (left: (typeof heap)[number], right: (typeof heap)[number]) => left.score < right.score || (left.score === right.score && left.order > right.order);
  const swap = (left: number, right: number) => {
    const held = heap[left] as (typeof heap)[number];
    heap[left] = heap[right] as (typeof heap)[number];
    heap[right] = held;
  };
  const down = (start: number) => {
    let index = start;
    for (;;) {
      const left = 2 * index + 1;
      const right = left + 1;
      let smallest = index;
      if (left < heap.length && worse(heap[left] as (typeof heap)[number], heap[smallest] as (typeof heap)[number])) smallest = left;
      if (right < heap.length && worse(heap[right] as (typeof heap)[number], heap[smallest] as (typeof heap)[number])) smallest = right;
      if (smallest === index) return;
      swap(index, smallest);
      index = smallest;
    }
  };
  for (const item of items) {
    const entry = { item, score: score(item), order: order(item) };
    if (heap.length < k) {
      heap.push(entry);
      let index = heap.length - 1;
      while (index > 0) {
        const parent = (index - 1) >> 1;
        if (!worse(heap[index] as (typeof heap)[number], heap[parent] as (typeof heap)[number])) break;
        swap(index, parent);
        index = parent;
      }
    } else if (worse(heap[0] as (typeof heap)[number], entry)) {
      heap[0] = entry;
      down(0);
    }
  }
  return heap.sort((left, right) => (worse(left, right) ? 1 : worse(right, left) ? -1 : 0)).map((entry) => entry.item);
}

/** Best first; equal scores by id, so two indexes holding the same chunks (added in any order) rank alike. */
export function byScoreThenId(left: { id: string; score: number }, right: { id: string; score: number }): number {
  return right.score - left.score || (left.id < right.id ? -1 : left.id > right.id ? 1 : 0);
}
