/**
 * Identification of a body that is not well-formed XML, by pattern only: the message namespace, the group
 * header MsgId and the AppHdr identifiers, so that even a truncated message can get a RJCT status report.
 */
import { identifyNamespace, isHeaderId } from './registry';
import type { MessageIdentification } from './types';

const NAMESPACE = /xmlns(?::[A-Za-z_][\w.-]*)?\s*=\s*["']([^"']+)["']/g;
const PREFIX = '(?:[A-Za-z_][\\w.-]*:)?';

function firstText(body: string, local: string, after = 0): string | undefined {
  const re = new RegExp(`<${PREFIX}${local}(?:\\s[^>]*)?>([^<]{1,140})</${PREFIX}${local}\\s*>`, 'g');
  re.lastIndex = after;
  const m = re.exec(body);
  return m === null ? undefined : m[1];
}

export function sniffIdentification(body: string): MessageIdentification {
  const ident: { -readonly [K in keyof MessageIdentification]: MessageIdentification[K] } = {};
  let headerSeen = false;
  for (const m of body.matchAll(NAMESPACE)) {
    const id = identifyNamespace(m[1]);
    if (id === undefined) continue;
    if (isHeaderId(id)) headerSeen = true;
    else if (ident.id === undefined) ident.id = id;
  }
  const grpHdr = body.search(new RegExp(`<${PREFIX}GrpHdr[\\s>]`));
  if (grpHdr >= 0) {
    const msgId = firstText(body, 'MsgId', grpHdr);
    if (msgId !== undefined) ident.msgId = msgId;
  }
  if (headerSeen) {
    const bizMsgIdr = firstText(body, 'BizMsgIdr');
    const msgDefIdr = firstText(body, 'MsgDefIdr');
    if (bizMsgIdr !== undefined) ident.appHdr = { bizMsgIdr, msgDefIdr: msgDefIdr ?? '' };
  }
  return ident;
}
