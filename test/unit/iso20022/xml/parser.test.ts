import { parseXml } from '../../../../src/iso20022/xml/parser';
import { AppError } from '../../../../src/errors/app-error';

function malformed(xml: string): AppError {
  try {
    parseXml(xml);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('XML_MALFORMED');
    return e as AppError;
  }
  throw new Error(`accepted: ${xml}`);
}

describe('parseXml limits', () => {
  const limitOf = (xml: string, limits: { maxElements: number; maxDepth: number }): AppError => {
    try {
      parseXml(xml, limits);
    } catch (e) {
      expect((e as AppError).code).toBe('XML_LIMIT_EXCEEDED');
      return e as AppError;
    }
    throw new Error('accepted');
  };

  it('refuses the element past MAX_XML_ELEMENTS, naming the setting and the place', () => {
    const xml = '<r>\n' + '<a/>'.repeat(10) + '\n<b/></r>';
    expect(parseXml(xml, { maxElements: 12, maxDepth: 10 }).root.children).toHaveLength(11);
    const e = limitOf(xml, { maxElements: 11, maxDepth: 10 });
    expect(e.message).toBe('The document has more than 11 elements (MAX_XML_ELEMENTS) (line 3, column 1)');
    expect(e).toMatchObject({ line: 3, column: 1 });
  });

  it('refuses nesting past MAX_XML_DEPTH before reading further', () => {
    const deep = (n: number) => '<a>'.repeat(n) + '</a>'.repeat(n);
    expect(() => parseXml(deep(5), { maxElements: 100, maxDepth: 5 })).not.toThrow();
    const e = limitOf(deep(6) + '<unclosed', { maxElements: 100, maxDepth: 5 });
    expect(e.message).toBe('Elements are nested deeper than 5 levels (MAX_XML_DEPTH) (line 1, column 16)');
  });

  it('has no limits unless given (stored messages are read again as they were accepted)', () => {
    expect(parseXml('<r>' + '<a/>'.repeat(5000) + '</r>').root.children).toHaveLength(5000);
  });
});

describe('parseXml', () => {
  it('builds an element tree with resolved namespaces, lines and decoded text', () => {
    const { root } = parseXml(
      '<?xml version="1.0"?>\n<a:R xmlns:a="urn:a" xmlns="urn:d">\n  <B x="1 &amp; 2">x &lt; y &#65;&#x42;</B>\n  <a:C><![CDATA[<raw>]]></a:C>\n</a:R>',
    );
    expect(root).toMatchObject({ local: 'R', ns: 'urn:a', line: 2 });
    const [b, c] = root.children;
    expect(b).toMatchObject({ local: 'B', ns: 'urn:d', text: 'x < y AB', line: 3 });
    expect(b.attrs).toEqual([{ name: 'x', local: 'x', ns: '', value: '1 & 2' }]);
    expect(c).toMatchObject({ local: 'C', ns: 'urn:a', text: '<raw>', line: 4 });
    expect(root.text).toBe('');
  });

  it('keeps whitespace inside values exactly (XSD lengths count it)', () => {
    expect(parseXml('<a><b>  x  </b></a>').root.children[0].text).toBe('  x  ');
  });

  it('skips a UTF-8 byte order mark, in strings and in bytes', () => {
    expect(parseXml('\uFEFF<a/>').root.local).toBe('a');
    expect(parseXml(new Uint8Array([0xef, 0xbb, 0xbf, 0x3c, 0x61, 0x2f, 0x3e])).root.local).toBe('a');
  });

  it('records offsets that cut the original text exactly', () => {
    const text = '<a>\n  <b>v</b>\n</a>';
    const b = parseXml(text).root.children[0];
    expect(text.slice(b.start, b.end)).toBe('<b>v</b>');
    expect(text.slice(b.contentStart, b.contentEnd)).toBe('v');
  });

  it.each([
    ['a truncated document', '<a><b>x</b>'],
    ['a mismatched end tag', '<a><b>x</a></b>'],
    ['two root elements', '<a/><b/>'],
    ['text after the root', '<a/>junk'],
    ['an undefined entity', '<a>&nbsp;</a>'],
    ['a bare ampersand', '<a>x & y</a>'],
    ['a repeated attribute', '<a x="1" x="2"/>'],
    ['one namespaced attribute written twice under two prefixes', '<a xmlns:p="urn:x" xmlns:q="urn:x" p:x="1" q:x="2"/>'],
    ['an unquoted attribute', '<a x=1/>'],
    ['an undeclared prefix', '<p:a/>'],
    ['a control character', '<a>\u0001</a>'],
    ['a character reference to a control character', '<a>&#1;</a>'],
    ["']]>' in text", '<a>]]></a>'],
    ["'--' in a comment", '<a><!-- x -- y --></a>'],
    ['an XML declaration not at the start', ' <?xml version="1.0"?><a/>'],
    ['an empty body', ''],
    ['a lone < in text', '<a>1 < 2</a>'],
  ])('rejects %s', (_what, xml) => {
    malformed(xml);
  });

  it('refuses DOCTYPE declarations, so no entity can be expanded (XXE, billion laughs)', () => {
    const e = malformed('<?xml version="1.0"?>\n<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<a>&x;</a>');
    expect(e.message).toMatch(/DOCTYPE/);
    expect(e.line).toBe(2);
  });

  it('tells attributes apart by namespace and local name, not by how they are written', () => {
    const el = parseXml('<a xmlns:p="urn:x" xmlns:q="urn:y" x="0" p:x="1" q:x="2"/>').root;
    expect(el.attrs?.map((a) => `{${a.ns}}${a.local}`)).toEqual(['{}x', '{urn:x}x', '{urn:y}x']);
  });

  it('gives the line of the fault', () => {
    expect(malformed('<a>\n<b>\n</c>\n</a>').line).toBe(3);
  });
});
