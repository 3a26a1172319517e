import t from 'tap';
import { FieldChangeSchema, diffFields, sameValue, serverOwnedFields } from '../../api/listings/diff.ts';

t.test('sameValue', async (t) => {
  t.ok(sameValue({ a: 1, b: { c: [1, 2], d: 'x' } }, { b: { d: 'x', c: [1, 2] }, a: 1 }), 'nested key order does not matter');
  t.notOk(sameValue([1, 2], [2, 1]), 'array order matters');
  t.notOk(sameValue([1, 2], [1, 2, 3]), 'array length matters');
  t.ok(sameValue({ a: 1, b: undefined }, { a: 1 }), 'undefined equals missing');
  t.notOk(sameValue({ a: null }, {}), 'null is a value, not missing');
  t.notOk(sameValue(1, '1'), 'no type coercion');
  t.notOk(sameValue({}, []), 'object is not array');
  t.notOk(sameValue(0, null), '0 is not null');
  t.ok(sameValue(Number.NaN, Number.NaN), 'NaN equals NaN');
  t.ok(sameValue(new Date('2025-01-01T00:00:00Z'), new Date('2025-01-01T01:00:00+01:00')), 'dates by instant');
  t.notOk(sameValue(new Date('2025-01-01T00:00:00Z'), new Date('2025-01-02T00:00:00Z')), 'different dates');
  t.notOk(sameValue(new Date(0), {}), 'a date is not an empty object');
});

t.test('diffFields', async (t) => {
  t.same(diffFields({ title: 'A', schedule: { rules: [{ a: 1, b: 2 }] } }, { schedule: { rules: [{ b: 2, a: 1 }] }, title: 'A' }), [], 'nested key order: no change');

  t.same(
    diffFields({ tags: ['a', 'b'] }, { tags: ['b', 'a'] }),
    [{ field: 'tags', old: ['a', 'b'], new: ['b', 'a'] }],
    'reordered array is a change',
  );

  t.same(
    diffFields({ title: 'A', old: 1, summary: 'x' }, { summary: 'y', added: true, title: 'A' }),
    [
      { field: 'summary', old: 'x', new: 'y' },
      { field: 'added', old: undefined, new: true },
      { field: 'old', old: 1, new: undefined },
    ],
    'added and removed keys; order of after, then keys only before has',
  );

  t.same(diffFields({ a: undefined }, { b: undefined }), [], 'undefined equals missing at the top level');
  t.same(diffFields({ a: null }, {}), [{ field: 'a', old: null, new: undefined }], 'null to missing is a change');
});

t.test('diffFields ignore list', async (t) => {
  const before = { id: 'x', version: 1, createdAt: 'c', updatedAt: 'u1', organisation: 'o1', title: 'A' };
  const after = { id: 'y', version: 2, createdAt: 'd', updatedAt: 'u2', organisation: 'o2', title: 'B' };
  t.same(serverOwnedFields, ['id', 'version', 'createdAt', 'updatedAt', 'organisation']);
  t.same(diffFields(before, after), [{ field: 'title', old: 'A', new: 'B' }], 'server-owned fields ignored by default');
  t.same(
    diffFields(before, after, { ignore: ['title'] }).map((c) => c.field),
    ['id', 'version', 'createdAt', 'updatedAt', 'organisation'],
    'an explicit list replaces the default',
  );
  t.same(diffFields(before, after, { ignore: [...serverOwnedFields, 'title'] }), [], 'extending the default');
  t.same(diffFields(before, after, { ignore: [] }).length, 6, 'empty list ignores nothing');
});

t.test('FieldChangeSchema', async (t) => {
  t.same(FieldChangeSchema.parse({ field: 'title', old: 'A', new: { x: [1] } }), { field: 'title', old: 'A', new: { x: [1] } });
  t.notOk(FieldChangeSchema.safeParse({ old: 1, new: 2 }).success, 'field is required');
  t.equal(FieldChangeSchema.meta()?.id, 'FieldChange');
});
