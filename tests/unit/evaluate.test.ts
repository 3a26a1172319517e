// The search-evaluation helpers, on cases computed by hand.
import t, { type Test } from 'tap';
import { formatReport, ndcgAt, summarise } from '../search/evaluate.ts';

const close = (t: Test, actual: number, expected: number, msg: string) =>
  t.ok(Math.abs(actual - expected) < 1e-4, `${msg}: ${actual.toFixed(5)} ≈ ${expected.toFixed(5)}`);

// log2(3) = 1.58496; gains: grade 3 → 7, grade 2 → 3, grade 1 → 1.
const L3 = Math.log2(3);

t.test('ndcgAt', async (t) => {
  const rel = { a: 3, b: 2, c: 1 };

  t.test('perfect ranking is 1', async (t) => {
    t.equal(ndcgAt(10, ['a', 'b', 'c'], rel), 1);
    t.equal(ndcgAt(10, ['a', 'b', 'c', 'x', 'y'], rel), 1, 'unjudged items after all relevant ones cost nothing');
  });

  t.test('reversed ranking is below 1', async (t) => {
    // DCG = 1/1 + 3/log2(3) + 7/2 = 6.39279; IDCG = 7 + 3/log2(3) + 1/2 = 9.39279
    const expected = (1 + 3 / L3 + 7 / 2) / (7 + 3 / L3 + 1 / 2);
    close(t, expected, 0.68061, 'hand value');
    close(t, ndcgAt(10, ['c', 'b', 'a'], rel), expected, 'reversed');
    t.ok(ndcgAt(10, ['c', 'b', 'a'], rel) < 1);
  });

  t.test('nothing relevant is 0', async (t) => {
    t.equal(ndcgAt(10, ['x', 'y', 'z'], rel), 0, 'only unjudged hits');
    t.equal(ndcgAt(10, [], rel), 0, 'no hits');
    t.equal(ndcgAt(10, ['a', 'b'], {}), 0, 'empty judgment');
    t.equal(ndcgAt(10, ['a'], { a: 0 as number }), 0, 'grade 0 is not relevant');
  });

  t.test('k cuts off the ranking and the ideal', async (t) => {
    const three = { a: 3, b: 3, c: 3 };
    t.equal(ndcgAt(2, ['a', 'b'], three), 1, 'ideal@2 uses only the best 2 of 3 relevant items');
    // DCG@2 = 0 + 7/log2(3) = 4.41650; IDCG@2 = 7 + 7/log2(3) = 11.41650
    close(t, ndcgAt(2, ['x', 'a', 'b'], three), 7 / L3 / (7 + 7 / L3), 'b at rank 3 falls outside k=2');
    close(t, 7 / L3 / (7 + 7 / L3), 0.38685, 'hand value');
    t.equal(ndcgAt(2, ['x', 'y', 'a'], three), 0, 'relevant only beyond k');
    t.equal(ndcgAt(0, ['a'], three), 0, 'k = 0');
  });

  t.test('graded gains 2^rel − 1', async (t) => {
    const graded = { a: 1, b: 3 };
    t.equal(ndcgAt(10, ['b', 'a'], graded), 1);
    // DCG = 1 + 7/log2(3) = 5.41650; IDCG = 7 + 1/log2(3) = 7.63093
    close(t, ndcgAt(10, ['a', 'b'], graded), (1 + 7 / L3) / (7 + 1 / L3), 'grade 1 above grade 3');
    close(t, (1 + 7 / L3) / (7 + 1 / L3), 0.70981, 'hand value');
    // Only the grade-3 item: 7 / 7.63093
    close(t, ndcgAt(10, ['b'], graded), 7 / (7 + 1 / L3), 'missing the grade-1 item');
    close(t, 7 / (7 + 1 / L3), 0.91732, 'hand value');
    t.ok(ndcgAt(10, ['b'], graded) > ndcgAt(10, ['a'], graded), 'a 3 alone beats a 1 alone');
  });

  t.test('a repeated id earns nothing the second time', async (t) => {
    // DCG = 7; IDCG = 7 + 7/log2(3) = 11.41650
    close(t, ndcgAt(10, ['a', 'a'], { a: 3, b: 3 }), 7 / (7 + 7 / L3), 'repeat');
    t.ok(ndcgAt(10, ['a', 'a', 'a'], { a: 3 }) <= 1);
  });
});

t.test('summarise', async (t) => {
  const results = [
    { q: 'bieb', category: 'synonym', ndcg: 1, total: 26 },
    { q: 'okt', category: 'synonym', ndcg: 0.5, total: 3 },
    { q: 'zwembat', category: 'typo', ndcg: 0, total: 0 },
    { q: 'bibliotheak', category: 'typo', ndcg: 0.7, total: 12 },
  ];
  const s = summarise(results);
  t.equal(s.queries, 4);
  close(t, s.meanNdcg, (1 + 0.5 + 0 + 0.7) / 4, 'overall mean');
  t.equal(s.zeroResultRate, 0.25);
  t.same(s.zeroResultQueries, ['zwembat']);
  t.same(Object.keys(s.byCategory), ['synonym', 'typo'], 'categories in order of first appearance');
  close(t, s.byCategory['synonym']!.meanNdcg, 0.75, 'synonym mean');
  t.equal(s.byCategory['synonym']!.queries, 2);
  close(t, s.byCategory['typo']!.meanNdcg, 0.35, 'typo mean');
  t.equal(s.byCategory['typo']!.zeroResults, 1);
  t.same(
    s.worst.map((r) => r.q),
    ['zwembat', 'okt', 'bibliotheak', 'bieb'],
    'worst first',
  );
  const many = Array.from({ length: 15 }, (_, i) => ({ q: `q${i}`, category: 'name', ndcg: i / 15, total: 1 }));
  t.equal(summarise(many).worst.length, 10, 'at most ten worst queries');

  const empty = summarise([]);
  t.equal(empty.queries, 0);
  t.equal(empty.meanNdcg, 0);
  t.equal(empty.zeroResultRate, 0);
});

t.test('formatReport', async (t) => {
  const report = formatReport('embedded', summarise([
    { q: 'bieb', category: 'synonym', ndcg: 1, total: 26 },
    { q: 'zwembat', category: 'typo', ndcg: 0, total: 0 },
  ]));
  t.match(report, /embedded/);
  t.match(report, /mean nDCG@10\s+0\.500/);
  t.match(report, /zero-result rate\s+50\.0 %/);
  t.match(report, /synonym\s+1\s+1\.000\s+0/);
  t.match(report, /"zwembat"\s+typo\s+0\.000\s+0/, 'worst queries with nDCG and total');
});
