import t from 'tap';
import { parsePostcode } from '../../api/geo/postcode.ts';

const SHAPE = 'Een postcode is 4 cijfers en 2 letters, zoals 1014 AA.';
const EMPTY = 'Vul een postcode in, zoals 1014 AA.';
const LEADING_ZERO = 'Een postcode begint niet met een 0. Kijk of de cijfers goed zijn.';
const NOT_ISSUED = 'Een postcode eindigt nooit op SA, SD of SS. Kijk of de letters goed zijn.';

t.test('full postcodes, typed in different ways, come out as "1014 AA"', async (t) => {
  for (const input of ['1014 AA', '1014aa', '1014AA', '1014 aa', ' 1014  AA ', '1014Aa', '1014-AA', '1014 - aa', '1014\u00a0AA', '\t1014 AA\n']) {
    t.strictSame(parsePostcode(input), { ok: true, pc4: '1014', letters: 'AA', normalized: '1014 AA' }, JSON.stringify(input));
  }
  t.strictSame(parsePostcode('9999 zz'), { ok: true, pc4: '9999', letters: 'ZZ', normalized: '9999 ZZ' });
  t.strictSame(parsePostcode('1000AB'), { ok: true, pc4: '1000', letters: 'AB', normalized: '1000 AB' });
});

t.test('four digits alone are a PC4 area', async (t) => {
  for (const input of ['1014', ' 1014 ']) {
    t.strictSame(parsePostcode(input), { ok: true, pc4: '1014', letters: undefined, normalized: '1014' }, JSON.stringify(input));
  }
});

t.test('only SA, SD and SS are refused, not other pairs with S', async (t) => {
  for (const input of ['1014 SA', '1014 sd', '1014SS', '1014-Ss']) {
    t.strictSame(parsePostcode(input), { ok: false, reason: NOT_ISSUED }, input);
  }
  for (const letters of ['AS', 'DS', 'SB', 'SC', 'SE', 'ST', 'ZS']) {
    t.match(parsePostcode(`1014 ${letters}`), { ok: true, letters }, letters);
  }
});

t.test('a postcode never starts with 0', async (t) => {
  t.strictSame(parsePostcode('0123 AB'), { ok: false, reason: LEADING_ZERO });
  t.strictSame(parsePostcode('0999'), { ok: false, reason: LEADING_ZERO });
});

t.test('empty input', async (t) => {
  for (const input of ['', '   ', '\n']) t.strictSame(parsePostcode(input), { ok: false, reason: EMPTY }, JSON.stringify(input));
});

t.test('wrong lengths and other characters', async (t) => {
  const bad = [
    '101', '10145', '10145 AA', '1014 A', '1014 AAA', '101 4AA', '1 014 AA', 'AA 1014', 'AA',
    '1014 A1', '1014.AA', '1014--AA', '1014 AA.', '1014-', '1014 ÄA', '１０１４ AA', '1014 AA 1015 BB',
    '1014 AA, Amsterdam', 'Damrak 1',
  ];
  for (const input of bad) t.strictSame(parsePostcode(input), { ok: false, reason: SHAPE }, JSON.stringify(input));
});

t.test('absurdly long input is refused without trying to read it', async (t) => {
  t.strictSame(parsePostcode('1'.repeat(100_000)), { ok: false, reason: SHAPE });
  t.strictSame(parsePostcode(`${' '.repeat(60)}1014 AA`), { ok: false, reason: SHAPE }, 'even when a postcode hides in it');
});

t.test('messages are Dutch sentences with an example', async (t) => {
  for (const reason of [SHAPE, EMPTY]) t.match(reason, /1014 AA\.$/);
  const result = parsePostcode('abc');
  t.equal(result.ok, false);
  if (!result.ok) t.equal(result.reason, 'Een postcode is 4 cijfers en 2 letters, zoals 1014 AA.');
});
