/**
 * Cases written by hand for behaviours the generated mutations do not reach, each from a sample message. They run
 * in both corpora.
 */
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES_DIR } from '../../helpers/paths';
import type { Case } from './differential';

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

function fixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES_DIR, 'messages', name), 'utf8');
}

/** Adds attribute text to the start tag of the first element named `local` (with or without a prefix). */
function onStartTag(xml: string, local: string, attributes: string): string {
  const m = new RegExp(`<((?:[\\w.-]+:)?${local})(?=[\\s/>])`).exec(xml);
  if (m === null) throw new Error(`no <${local}> in the sample`);
  const at = m.index + m[0].length;
  return xml.slice(0, at) + attributes + xml.slice(at);
}

export function handwrittenCases(): Case[] {
  const wrapped = fixture('pacs.008.001.08-single-apphdr-prefixed.xml');
  const bare = fixture('pacs.008.001.08-single.xml');
  const cases: Array<Omit<Case, 'seed'>> = [
    {
      id: 'handwritten/attribute-twice-two-prefixes-wrapper',
      kind: 'duplicateExpandedAttribute',
      description: 'p:a and q:a with p and q bound to one namespace, on the wrapper',
      xml: onStartTag(wrapped, 'RequestPayload', ' xmlns:p="urn:example:x" xmlns:q="urn:example:x" p:a="1" q:a="2"'),
    },
    {
      id: 'handwritten/attribute-twice-two-prefixes-xsi',
      kind: 'duplicateExpandedAttribute',
      description: 'xsi:schemaLocation written twice under two prefixes of the XSI namespace, on Document',
      xml: onStartTag(bare, 'Document', ` xmlns:xsi="${XSI}" xmlns:i2="${XSI}" xsi:schemaLocation="urn:a a.xsd" i2:schemaLocation="urn:a a.xsd"`),
    },
    {
      id: 'handwritten/attribute-same-local-two-namespaces',
      kind: 'duplicateExpandedAttribute',
      description: 'p:a and q:a in two namespaces, on the wrapper (allowed)',
      xml: onStartTag(wrapped, 'RequestPayload', ' xmlns:p="urn:example:x" xmlns:q="urn:example:y" p:a="1" q:a="2"'),
    },
  ];
  return cases.map((c) => ({ ...c, seed: c.id }));
}
