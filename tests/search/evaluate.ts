// Pure helpers for the search evaluation: graded nDCG@k, a summary over judged queries and a
// plain-text report. No I/O here; tests/search/quality.test.ts runs the engines.

/**
 * Normalised discounted cumulative gain at rank k.
 *
 * - Gain of the item at rank i (0-based) is 2^rel − 1 with rel its grade (0 when not judged),
 *   discounted by log2(i + 2): rank 1 has discount 1, rank 2 log2(3), …
 * - The ideal ranking is built from the judgments alone: all judged grades, best first, cut at k
 *   (so when more items are relevant than k, the ideal uses the best k of them).
 * - An id that occurs again further down the ranking earns nothing the second time, so a result
 *   list cannot score above 1 by repeating a relevant item.
 * - No relevant items in the judgment (ideal DCG 0) gives 0.
 */
export function ndcgAt(k: number, rankedIds: readonly string[], relevant: Readonly<Record<string, number>>): number {
  if (!Number.isFinite(k) || k <= 0) return 0;
  const gain = (grade: number) => (grade > 0 ? 2 ** grade - 1 : 0);
  const discount = (rank: number) => Math.log2(rank + 2);

  let dcg = 0;
  const seen = new Set<string>();
  rankedIds.slice(0, k).forEach((id, rank) => {
    if (seen.has(id)) return;
    seen.add(id);
    dcg += gain(relevant[id] ?? 0) / discount(rank);
  });

  const ideal = Object.values(relevant)
    .filter((g) => g > 0)
    .sort((a, b) => b - a)
    .slice(0, k);
  const idcg = ideal.reduce((sum, grade, rank) => sum + gain(grade) / discount(rank), 0);
  return idcg > 0 ? dcg / idcg : 0;
}

/** One evaluated query. `total` is what the engine reported as the number of matches. */
export interface QueryResult {
  q: string;
  category: string;
  ndcg: number;
  total: number;
}

export interface CategorySummary {
  queries: number;
  meanNdcg: number;
  zeroResults: number;
}

export interface Summary {
  queries: number;
  /** Mean nDCG@10 over all queries. */
  meanNdcg: number;
  /** Share of queries (0–1) for which the engine reported no result at all. */
  zeroResultRate: number;
  zeroResultQueries: string[];
  /** Per category, in the order categories first appear. */
  byCategory: Record<string, CategorySummary>;
  /** The ten lowest-scoring queries, worst first (ties: fewest results first, then alphabetical). */
  worst: QueryResult[];
}

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export function summarise(results: ReadonlyArray<QueryResult>): Summary {
  const byCategory: Record<string, CategorySummary> = {};
  const grouped = new Map<string, QueryResult[]>();
  for (const r of results) {
    const list = grouped.get(r.category) ?? [];
    list.push(r);
    grouped.set(r.category, list);
  }
  for (const [category, list] of grouped) {
    byCategory[category] = {
      queries: list.length,
      meanNdcg: mean(list.map((r) => r.ndcg)),
      zeroResults: list.filter((r) => r.total === 0).length,
    };
  }
  const zero = results.filter((r) => r.total === 0);
  const worst = [...results]
    .sort((a, b) => a.ndcg - b.ndcg || a.total - b.total || a.q.localeCompare(b.q))
    .slice(0, 10);
  return {
    queries: results.length,
    meanNdcg: mean(results.map((r) => r.ndcg)),
    zeroResultRate: results.length ? zero.length / results.length : 0,
    zeroResultQueries: zero.map((r) => r.q),
    byCategory,
    worst,
  };
}

const fmt = (x: number) => x.toFixed(3);
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** A readable plain-text report of one engine's summary. */
export function formatReport(engineName: string, summary: Summary): string {
  const lines: string[] = [];
  lines.push(`Search quality — ${engineName}`);
  lines.push('='.repeat(lines[0]!.length));
  lines.push(`queries           ${summary.queries}`);
  lines.push(`mean nDCG@10      ${fmt(summary.meanNdcg)}`);
  lines.push(
    `zero-result rate  ${pct(summary.zeroResultRate)}` +
      (summary.zeroResultQueries.length ? `  (${summary.zeroResultQueries.map((q) => JSON.stringify(q)).join(', ')})` : ''),
  );
  lines.push('');
  const catWidth = Math.max('category'.length, ...Object.keys(summary.byCategory).map((c) => c.length));
  lines.push(`${'category'.padEnd(catWidth)}  queries  nDCG@10  zero`);
  lines.push(`${'-'.repeat(catWidth)}  -------  -------  ----`);
  for (const [category, c] of Object.entries(summary.byCategory)) {
    lines.push(`${category.padEnd(catWidth)}  ${String(c.queries).padStart(7)}  ${fmt(c.meanNdcg).padStart(7)}  ${String(c.zeroResults).padStart(4)}`);
  }
  lines.push('');
  lines.push('worst queries');
  const qWidth = Math.max('query'.length, ...summary.worst.map((r) => JSON.stringify(r.q).length));
  lines.push(`${'query'.padEnd(qWidth)}  ${'category'.padEnd(catWidth)}  nDCG@10  total`);
  lines.push(`${'-'.repeat(qWidth)}  ${'-'.repeat(catWidth)}  -------  -----`);
  for (const r of summary.worst) {
    lines.push(`${JSON.stringify(r.q).padEnd(qWidth)}  ${r.category.padEnd(catWidth)}  ${fmt(r.ndcg).padStart(7)}  ${String(r.total).padStart(5)}`);
  }
  return lines.join('\n');
}
