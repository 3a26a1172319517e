import t from 'tap';
import { richTextToPlain, sanitizeRichText } from '../../api/shared/richtext.ts';

const rel = 'rel="noopener noreferrer nofollow"';

// From the OWASP XSS filter evasion cheat sheet and the classic sanitiser bypass lists.
const attacks: string[] = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://evil.example/xss.js></SCRIPT>',
  '<script>alert(1)',
  '<img src=x onerror=alert(1)>',
  '<IMG SRC="javascript:alert(1)">',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<a href="javascript:alert(1)">klik</a>',
  '<a href="JaVaScRiPt:alert(1)">klik</a>',
  '<a href="jav&#x09;ascript:alert(1)">klik</a>',
  '<a href="jav\tascript:alert(1)">klik</a>',
  '<a href="java\nscript:alert(1)">klik</a>',
  '<a href=" javascript:alert(1)">klik</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">klik</a>',
  '<a href="&#x6A;avascript&colon;alert(1)">klik</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">klik</a>',
  '<a href="vbscript:msgbox(1)">klik</a>',
  '<a href="//evil.example/">klik</a>',
  '<a href="\\\\evil.example/">klik</a>',
  '<a href="https://example.nl" onclick="alert(1)" onmouseover="alert(2)">klik</a>',
  '<iframe src="https://evil.example"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>">',
  '<p style="background:url(javascript:alert(1))">tekst</p>',
  '<p onclick="alert(1)">tekst</p>',
  '<math><mi xlink:href="javascript:alert(1)">klik</mi></math>',
  '<p>open <strong>niet gesloten',
  '<scr<script>ipt>alert(1)</script>',
  '<<script>script>alert(1)<</script>/script>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<textarea><script>alert(1)</script></textarea>',
  '<style>@import "https://evil.example/x.css";</style>',
  '<form action="javascript:alert(1)"><input type=submit></form>',
  '<details open ontoggle=alert(1)>',
  '<body onload=alert(1)>',
  '<div style="width: expression(alert(1))">tekst</div>',
  '<a href="https://example.nl" target="_blank" rel="opener">klik</a>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '<!--<script>alert(1)</script>-->',
  '<![CDATA[<script>alert(1)</script>]]>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<p><a href="https://example.nl/?q=<script>">x</a></p>',
];

t.test('XSS vectors are neutralised', async (t) => {
  for (const input of attacks) {
    const out = sanitizeRichText(input);
    const lower = out.toLowerCase();
    t.notOk(lower.includes('<script'), `no <script: ${input}`);
    t.notOk(/\son\w+\s*=/i.test(out), `no event handler: ${input}`);
    t.notOk(lower.includes('javascript:'), `no javascript: ${input}`);
    t.notOk(lower.includes('<iframe'), `no <iframe: ${input}`);
    t.notOk(lower.includes('<img'), `no <img: ${input}`);
    t.notOk(/\sstyle\s*=/i.test(out), `no style attribute: ${input}`);
    t.notOk(/href="(?!https?:|mailto:|tel:)/i.test(out), `only absolute, allowed hrefs: ${input}`);
    t.equal(sanitizeRichText(out), out, `idempotent: ${input}`);
  }
});

t.test('specific outcomes', async (t) => {
  t.equal(sanitizeRichText('<script>alert(1)</script>Hallo'), 'Hallo', 'script content dropped');
  t.equal(sanitizeRichText('<style>p{}</style>Hallo'), 'Hallo', 'style content dropped');
  t.equal(sanitizeRichText('<iframe>binnen</iframe>Hallo'), 'Hallo', 'iframe content dropped');
  t.equal(sanitizeRichText('<noscript>binnen</noscript><textarea>x</textarea><object>o</object>Hallo'), 'Hallo');
  t.equal(sanitizeRichText('<div><span class="x">Hallo</span> <u>daar</u></div>'), 'Hallo daar', 'other tags stripped, text kept');
  t.equal(sanitizeRichText('<svg onload=alert(1)>tekst</svg>'), 'tekst');
  t.equal(sanitizeRichText('<p onclick="alert(1)" class="x" id="y">tekst</p>'), '<p>tekst</p>', 'no attributes on p');
  t.equal(sanitizeRichText('<a href="javascript:alert(1)">klik</a>'), 'klik', 'unsafe link becomes its text');
  t.equal(sanitizeRichText('<a href="jav&#x09;ascript:alert(1)">klik</a>'), 'klik');
  t.equal(sanitizeRichText('<a href="//evil.example/">klik</a>'), 'klik', 'protocol-relative');
  t.equal(sanitizeRichText('<a href="/beheer">klik</a>'), 'klik', 'relative link');
  t.equal(sanitizeRichText('<a name="x">klik</a>'), 'klik', 'no href');
  t.equal(sanitizeRichText('<p>open <strong>niet gesloten'), '<p>open <strong>niet gesloten</strong></p>', 'unclosed tags closed');
  t.equal(
    sanitizeRichText('<a href="https://example.nl" target="_blank" rel="opener" title="t">klik</a>'),
    `<a href="https://example.nl" ${rel}>klik</a>`,
    'no target, our rel replaces theirs',
  );
});

t.test('allowed markup survives', async (t) => {
  t.equal(
    sanitizeRichText('<p><strong>Welkom</strong> bij <a href="https://example.nl">ons</a></p>'),
    `<p><strong>Welkom</strong> bij <a href="https://example.nl" ${rel}>ons</a></p>`,
  );
  const allowed = [
    '<p>Een <b>vet</b> en <em>schuin</em> en <i>cursief</i> woord.<br />Nieuwe regel.</p>',
    '<h3>Wat</h3><h4>Voor wie</h4><ul><li>een</li><li>twee</li></ul><ol><li>drie</li></ol>',
    `<p><a href="mailto:info@example.nl" ${rel}>mail</a> of <a href="tel:+31201234567" ${rel}>bel</a></p>`,
    `<a href="http://example.nl/pad?x=1&amp;y=2" ${rel}>http</a>`,
  ];
  for (const html of allowed) t.equal(sanitizeRichText(html), html, html);
});

t.test('plain text stays text', async (t) => {
  const text = 'Koffie & thee < 2 euro\nElke dinsdag > 10:00 "gratis"';
  const html = sanitizeRichText(text);
  t.equal(html, 'Koffie &amp; thee &lt; 2 euro\nElke dinsdag &gt; 10:00 "gratis"', 'escaped, newlines kept');
  t.equal(sanitizeRichText(html), html, 'idempotent');
  t.equal(richTextToPlain(html), text, 'back to the original text');
  t.equal(richTextToPlain(sanitizeRichText('Koffie & thee < 2 euro')), 'Koffie & thee < 2 euro');
});

t.test('richTextToPlain', async (t) => {
  t.equal(
    richTextToPlain('<h3>Wat</h3><p>Koffie&nbsp;drinken<br>met buren</p><ul><li>dinsdag</li><li>donderdag</li></ul><p>Einde</p>'),
    'Wat\n\nKoffie drinken\nmet buren\n\ndinsdag\ndonderdag\n\nEinde',
    'blocks become newlines, words never glue together',
  );
  t.equal(richTextToPlain('<p>Tom &amp; Jerry &lt;3 &quot;hoi&quot; &#39;hé&#39; &eacute;&#233;</p>'), 'Tom & Jerry <3 "hoi" \'hé\' éé', 'entities decoded');
  t.equal(richTextToPlain('&amp;lt;'), '&lt;', 'decoded once, not twice');
  t.equal(richTextToPlain('<p><strong>Welkom</strong> bij <a href="https://example.nl">ons</a></p>'), 'Welkom bij ons');
  t.equal(richTextToPlain('<script>alert(1)</script><style>p{}</style>tekst'), 'tekst', 'no code in the index');
  t.equal(richTextToPlain('<p>  veel   ruimte  </p>\n\n\n\n<p>b</p>'), 'veel ruimte\n\nb', 'whitespace collapsed');
  t.equal(richTextToPlain(''), '');
});
