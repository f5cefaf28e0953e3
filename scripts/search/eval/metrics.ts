/** Scores of one query: reciprocal rank of the first relevant result in the top 10, recall in the top 10. */
export interface QueryScore {
  rr10: number;
  recall10: number;
  noResults: boolean;
}

/** Scores a ranked list of ids against the relevant ids. */
export function scoreQuery(ranked: readonly string[], relevant: readonly string[]): QueryScore {
  const top = ranked.slice(0, 10);
  const first = top.findIndex((id) => relevant.includes(id));
  const found = relevant.filter((id) => top.includes(id)).length;
  return {
    rr10: first < 0 ? 0 : 1 / (first + 1),
    recall10: relevant.length > 0 ? found / relevant.length : 0,
    noResults: ranked.length === 0,
  };
}

/** Means over a set of queries. */
export interface Summary {
  queries: number;
  mrr10: number;
  recall10: number;
  noResults: number;
}

export function summarize(scores: readonly QueryScore[]): Summary {
  const n = scores.length;
  const mean = (f: (s: QueryScore) => number) => (n === 0 ? 0 : Number((scores.reduce((a, s) => a + f(s), 0) / n).toFixed(4)));
  return { queries: n, mrr10: mean((s) => s.rr10), recall10: mean((s) => s.recall10), noResults: scores.filter((s) => s.noResults).length };
}
