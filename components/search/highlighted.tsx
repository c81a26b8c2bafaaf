import type { Segment } from '@/lib/search/text';

/** Matching words in <mark>; every piece is a React text node, so nothing from content or query is HTML. */
export function Highlighted({ segments }: { segments: readonly Segment[] }) {
  return segments.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>));
}
