// Search hits say whether a listing is open at the time of the search. The service keeps each
// hit's opening state until it can change (see openingStateOf in api/search/service.ts): here a
// listing opens and closes in the middle of a quarter hour, and the clock moves in small steps.
import t from 'tap';
import { createEmbeddedEngine } from '../../api/search/embedded.ts';
import { createSearchService } from '../../api/search/service.ts';
import { SearchParams } from '../../api/search/schemas.ts';
import { auth, emptyApp } from '../helpers.ts';

t.test('opening state follows the clock, also inside a quarter hour', async (t) => {
  const app = await emptyApp(t);
  const created = await app.inject({
    method: 'POST',
    url: '/api/listings',
    headers: auth,
    payload: {
      kind: 'activiteit',
      title: 'Schaakuurtje',
      summary: 'Een kwartier schaken op dinsdag.',
      locations: [{ name: 'Buurtkamer', street: 'Wingerdweg', houseNumber: '1', postcode: '1032AN', lat: 52.3967, lon: 4.9187 }],
      schedule: { rules: [{ days: ['TU'], opens: '10:05', closes: '10:20' }] },
      contact: { phone: '020 123 4567' },
      deelambities: ['ontmoeting'],
      sferen: ['gemeenschappelijk'],
      themes: ['eenzaamheid'],
      status: 'gepubliceerd',
    },
  });
  t.equal(created.statusCode, 201);
  await app.searchIndexer.drain();

  let clock = new Date();
  const engine = createEmbeddedEngine(app.db.$client);
  await engine.setup({ synonyms: [], stopWords: [] });
  t.teardown(() => engine.close());
  const service = createSearchService({
    engine,
    listings: app.stores.listings,
    geo: app.geo,
    taxonomy: app.stores.taxonomy,
    indexGeneration: () => 1,
    now: () => clock,
  });
  // Another limit each time, so no whole answer comes from the answer cache: only the hit's state can.
  let limit = 10;
  const stateAt = async (iso: string) => {
    clock = new Date(iso);
    const answer = await service.search(SearchParams.parse({ q: 'schaakuurtje', limit: String(limit++) }));
    t.equal(answer.hits.length, 1);
    return answer.hits[0]!.openingState;
  };

  // Tuesday 1 December 2026, Amsterdam is UTC+1.
  t.same(await stateAt('2026-12-01T09:00:00Z'), { state: 'closed', nextOpening: { start: '2026-12-01T09:05:00.000Z', end: '2026-12-01T09:20:00.000Z' } }, '10:00: opens at 10:05');
  t.same(await stateAt('2026-12-01T09:04:59Z'), { state: 'closed', nextOpening: { start: '2026-12-01T09:05:00.000Z', end: '2026-12-01T09:20:00.000Z' } }, '10:04:59: still closed');
  t.same(await stateAt('2026-12-01T09:05:00Z'), { state: 'open', closesAt: '2026-12-01T09:20:00.000Z' }, '10:05: open, in the same quarter hour');
  t.same(await stateAt('2026-12-01T09:19:00Z'), { state: 'open', closesAt: '2026-12-01T09:20:00.000Z' }, '10:19: open');
  t.same(await stateAt('2026-12-01T09:20:00Z'), { state: 'closed', nextOpening: { start: '2026-12-08T09:05:00.000Z', end: '2026-12-08T09:20:00.000Z' } }, '10:20: closed until next week');
  // The clock going back (a test, or a corrected server clock) is no reason for a wrong answer.
  t.same(await stateAt('2026-12-01T09:10:00Z'), { state: 'open', closesAt: '2026-12-01T09:20:00.000Z' }, 'back to 10:10: open');
});
