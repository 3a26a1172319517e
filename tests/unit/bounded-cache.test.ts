// The engine's caches are bounded by the bytes their entries hold, least recently used first out.
import t from 'tap';
import { BoundedCache } from '../../api/search/bounded-cache.ts';

t.test('keeps entries while they fit, and drops the least recently used first', async (t) => {
  const cache = new BoundedCache<string>(100);
  cache.set('a', 'A', 40);
  cache.set('b', 'B', 40);
  t.equal(cache.get('a'), 'A', 'a is used again, so b is now the oldest');
  cache.set('c', 'C', 40);
  t.equal(cache.get('b'), undefined, 'b made room');
  t.equal(cache.get('a'), 'A');
  t.equal(cache.get('c'), 'C');
  t.equal(cache.usedBytes, 80);
  t.equal(cache.size, 2);
});

t.test('one large entry drops as many small ones as it needs', async (t) => {
  const cache = new BoundedCache<number>(100);
  for (let i = 0; i < 10; i++) cache.set(`k${i}`, i, 10);
  cache.set('big', -1, 65);
  t.equal(cache.size, 4, 'seven small ones went, oldest first');
  t.same(['k7', 'k8', 'k9', 'big'].map((k) => cache.get(k)), [7, 8, 9, -1]);
  t.equal(cache.get('k6'), undefined);
  t.equal(cache.usedBytes, 95);
});

t.test('an entry larger than the whole budget is not kept, and keeps what was there', async (t) => {
  const cache = new BoundedCache<string>(100);
  cache.set('a', 'A', 50);
  cache.set('huge', 'H', 101);
  t.equal(cache.get('huge'), undefined);
  t.equal(cache.get('a'), 'A');
});

t.test('setting a key again replaces it and its size; null is a value; clear empties', async (t) => {
  const cache = new BoundedCache<string | null>(100);
  cache.set('a', 'A', 60);
  cache.set('a', 'A2', 30);
  t.equal(cache.usedBytes, 30);
  t.equal(cache.get('a'), 'A2');
  cache.set('none', null, 1);
  t.equal(cache.get('none'), null, 'a remembered "nothing" is told apart from "not kept"');
  t.equal(cache.get('missing'), undefined);
  cache.delete('a');
  t.equal(cache.usedBytes, 1);
  cache.clear();
  t.equal(cache.size, 0);
  t.equal(cache.usedBytes, 0);
});
