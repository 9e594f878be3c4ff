/**
 * The debtor's side of a message, for the reviewers' view: reviewers decide on the payee and the transaction, so the
 * original message is shown with the text of every debtor-side element masked, and revealed only on purpose (a
 * separate, audited permission). Debtor-side: the debtor, its account, the ultimate debtor and the initiating party,
 * wherever they occur (transaction, payment information, tax record, return chain). Agents (banks) stay visible.
 *
 * The mask replaces character data in place (the parser's offsets), so the rest of the text stays as it was received
 * and the highlighted paths of the payee still match.
 */
import { parseXml } from './xml/parser';
import { type XmlElement, elementPath } from './xml/tree';

export const DEBTOR_ELEMENTS: ReadonlySet<string> = new Set(['Dbtr', 'DbtrAcct', 'UltmtDbtr', 'InitgPty']);
export const MASK = '•••';

export interface DebtorField {
  /** Absolute path of the element, e.g. /Document/FIToFICstmrCdtTrf/CdtTrfTxInf/Dbtr/Nm. */
  path: string;
  value: string;
}

interface Located extends DebtorField {
  start: number;
  end: number;
}

/** Every element with text inside a debtor-side element, in document order. Throws XML_MALFORMED on a bad text. */
function locate(text: string): Located[] {
  const out: Located[] = [];
  const walk = (el: XmlElement, inside: boolean) => {
    const debtor = inside || DEBTOR_ELEMENTS.has(el.local);
    if (debtor && el.children.length === 0 && el.contentEnd > el.contentStart) {
      out.push({ path: elementPath(el), value: el.text, start: el.contentStart, end: el.contentEnd });
    }
    for (const c of el.children) walk(c, debtor);
  };
  walk(parseXml(text).root, false);
  return out;
}

/** The debtor-side fields of a message, with their values (what a reveal shows). */
export function debtorFields(text: string): DebtorField[] {
  return locate(text).map(({ path, value }) => ({ path, value }));
}

/** The message with the text of every debtor-side field replaced by MASK, and the paths masked. */
export function maskDebtor(text: string): { text: string; masked: string[] } {
  const fields = locate(text);
  const parts: string[] = [];
  let at = 0;
  for (const f of fields) {
    parts.push(text.slice(at, f.start), MASK);
    at = f.end;
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), masked: fields.map((f) => f.path) };
}
