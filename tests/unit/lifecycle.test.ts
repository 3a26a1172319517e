// The lifecycle table: every pair of statuses, written out.
import t from 'tap';
import { initialAction, needsReason, nextStatuses, transitionAction } from '../../api/listings/lifecycle.ts';
import { listingStatuses } from '../../api/listings/schemas.ts';

const steps: Record<string, string> = {
  'concept→ter_controle': 'submit',
  'concept→gepubliceerd': 'publish',
  'concept→gearchiveerd': 'archive',
  'ter_controle→gepubliceerd': 'publish',
  'ter_controle→concept': 'unpublish',
  'ter_controle→gearchiveerd': 'archive',
  'gepubliceerd→concept': 'unpublish',
  'gepubliceerd→gearchiveerd': 'archive',
  'gearchiveerd→concept': 'restore',
};

t.test('every pair of statuses: a step with its action, or no step', async (t) => {
  for (const from of listingStatuses) {
    for (const to of listingStatuses) {
      t.equal(transitionAction(from, to), steps[`${from}→${to}`] ?? null, `${from} → ${to}`);
    }
    t.same(nextStatuses(from).sort(), listingStatuses.filter((to) => steps[`${from}→${to}`]).sort(), `next after ${from}`);
  }
  t.equal(transitionAction('gearchiveerd', 'gepubliceerd'), null, 'an archived listing is not republished without a new check');
  t.equal(transitionAction('gepubliceerd', 'ter_controle'), null);
});

t.test('sending back what was ter controle needs a reason; nothing else does', async (t) => {
  for (const from of listingStatuses) for (const to of listingStatuses) t.equal(needsReason(from, to), from === 'ter_controle' && to === 'concept', `${from} → ${to}`);
});

t.test('a new listing starts as concept, ter controle or published, never archived', async (t) => {
  t.equal(initialAction('concept'), 'create');
  t.equal(initialAction('ter_controle'), 'submit');
  t.equal(initialAction('gepubliceerd'), 'publish');
  t.equal(initialAction('gearchiveerd'), null);
});
