/**
 * Authors the pain.002 (CustomerPaymentStatusReport) definitions, for which no official XSD is in the shared set.
 *
 * pain.002 and pacs.002 of one ISO release share their building blocks (the original group information, status
 * reason, number-per-status, charges and original transaction reference types carry the same registry names and
 * content), and the party / agent types come from the same release's pain.001. What is pain.002's own is the
 * message shell, written down here from the standard's message definition:
 *
 *   CstmrPmtStsRpt
 *     GrpHdr            MsgId, CreDtTm, InitgPty?, FwdgAgt?, DbtrAgt?, CdtrAgt?
 *     OrgnlGrpInfAndSts the release's original group information type (as pacs.002), exactly one
 *     OrgnlPmtInfAndSts*  OrgnlPmtInfId, OrgnlNbOfTxs?, OrgnlCtrlSum?, PmtInfSts?, StsRsnInf*, NbOfTxsPerSts*,
 *                         TxInfAndSts*: StsId?, OrgnlInstrId?, OrgnlEndToEndId?, OrgnlUETR? (2019 on), TxSts?,
 *                         StsRsnInf*, ChrgsInf*, AccptncDtTm?, AcctSvcrRef?, ClrSysRef?, OrgnlTxRef?, SplmtryData?*
 *     SplmtryData*      (2012 on)
 *
 * The 2006 release (pain.002.001.02) is the same PaymentStatusReport model as pacs.002.001.02 under its own root
 * element name. Not verified against an official pain.002 XSD (none available): the parts chokepoint emits
 * (group header, original group information, OrgnlPmtInfId, transaction ids, status and reason) follow the model
 * above; OrgnlTxRef reuses the pacs.002 type of the release and is never emitted. See docs/iso20022.md.
 */
import type { ComplexTypeDef, MessageDefinition, ParticleDef, SimpleTypeDef } from '../../src/iso20022/schema/definition';
import { DEFINITION_FORMAT } from '../../src/iso20022/schema/definition';

/** pain.002 version → [pacs.002 of the same release, pain.001 of the same release]. */
export const PAIN002_RELEASES: Readonly<Record<string, [pacs002: string, pain001: string]>> = {
  '02': ['02', '02'],
  '03': ['03', '03'],
  '04': ['04', '04'],
  '05': ['05', '05'],
  '06': ['06', '06'],
  '07': ['07', '07'],
  '08': ['08', '08'],
  '10': ['10', '09'],
  '11': ['11', '10'],
  '12': ['12', '11'],
  '14': ['14', '12'],
};

const PACS_ONLY_TX_ELEMENTS = new Set(['OrgnlGrpInf', 'OrgnlTxId', 'FctvIntrBkSttlmDt', 'PrcgDt', 'CdtSttlmKey', 'InstgAgt', 'InstdAgt']);

export function composePain002(version: string, pacs002: MessageDefinition, pain001: MessageDefinition): MessageDefinition {
  const id = `pain.002.001.${version}`;
  const namespace = `urn:iso:std:iso:20022:tech:xsd:${id}`;
  const complexTypes: Record<string, ComplexTypeDef> = { ...pain001.complexTypes, ...pacs002.complexTypes };
  const simpleTypes: Record<string, SimpleTypeDef> = { ...pain001.simpleTypes, ...pacs002.simpleTypes };
  const source = `composed by scripts/iso20022/compose-pain002.ts from ${pacs002.id} and ${pain001.id} (same ISO release)`;

  const pacsRootType = elementsOf(complexTypes[pacs002.root.type])[0];
  if (version === '02') {
    // 2006: one PaymentStatusReport model for pacs and pain, root element named after the message.
    complexTypes.Document = { content: { seq: [[id, pacsRootType[1], 1, 1]] } };
    return prune({ format: DEFINITION_FORMAT, id, namespace, source, root: { name: 'Document', type: 'Document' }, complexTypes, simpleTypes });
  }

  const report = Object.fromEntries(elementsOf(complexTypes[pacsRootType[1]]).map((e) => [e[0], e]));
  const pacsTx = elementsOf(complexTypes[report.TxInfAndSts[1]]);
  const pacsGrpHdr = Object.fromEntries(elementsOf(complexTypes[report.GrpHdr[1]]).map((e) => [e[0], e]));
  const painTypes = pain001.complexTypes;
  const painMessage = elementsOf(painTypes[pain001.root.type])[0][1];
  const painGrpHdr = Object.fromEntries(elementsOf(painTypes[elementsOf(painTypes[painMessage])[0][1]]).map((e) => [e[0], e]));
  const groupInfo = Object.fromEntries(elementsOf(complexTypes[report.OrgnlGrpInfAndSts[1]]).map((e) => [e[0], e]));
  const agentType = pacsGrpHdr.InstgAgt[1];
  const optional = (name: string, type: string): ParticleDef => [name, type, 0, 1];

  complexTypes.Pain002GroupHeader = {
    content: {
      seq: [
        ['MsgId', 'Max35Text', 1, 1],
        ['CreDtTm', 'ISODateTime', 1, 1],
        optional('InitgPty', painGrpHdr.InitgPty[1]),
        optional('FwdgAgt', agentType),
        optional('DbtrAgt', agentType),
        optional('CdtrAgt', agentType),
      ],
    },
  };
  complexTypes.Pain002PaymentTransaction = { content: { seq: pacsTx.filter((e) => !PACS_ONLY_TX_ELEMENTS.has(e[0])) } };
  complexTypes.Pain002OriginalPaymentInstruction = {
    content: {
      seq: [
        ['OrgnlPmtInfId', 'Max35Text', 1, 1],
        optional('OrgnlNbOfTxs', 'Max15NumericText'),
        optional('OrgnlCtrlSum', 'DecimalNumber'),
        optional('PmtInfSts', groupInfo.GrpSts[1]),
        ['StsRsnInf', groupInfo.StsRsnInf[1], 0, -1],
        ['NbOfTxsPerSts', groupInfo.NbOfTxsPerSts[1], 0, -1],
        ['TxInfAndSts', 'Pain002PaymentTransaction', 0, -1],
      ],
    },
  };
  complexTypes.Pain002CustomerPaymentStatusReport = {
    content: {
      seq: [
        ['GrpHdr', 'Pain002GroupHeader', 1, 1],
        ['OrgnlGrpInfAndSts', report.OrgnlGrpInfAndSts[1], 1, 1],
        ['OrgnlPmtInfAndSts', 'Pain002OriginalPaymentInstruction', 0, -1],
        ...(report.SplmtryData !== undefined ? [report.SplmtryData] : []),
      ],
    },
  };
  complexTypes.Document = { content: { seq: [['CstmrPmtStsRpt', 'Pain002CustomerPaymentStatusReport', 1, 1]] } };
  return prune({ format: DEFINITION_FORMAT, id, namespace, source, root: { name: 'Document', type: 'Document' }, complexTypes, simpleTypes });
}

type ElementDef = [string, string, number, number];

function elementsOf(ct: ComplexTypeDef | undefined): ElementDef[] {
  const content = ct?.content;
  if (content === undefined) throw new Error('expected a complex type with element content');
  const items = 'seq' in content ? content.seq : content.choice;
  return items.filter((p): p is ElementDef => Array.isArray(p));
}

/** Keeps only the types reachable from the root. */
function prune(def: MessageDefinition): MessageDefinition {
  const complexTypes: Record<string, ComplexTypeDef> = {};
  const simpleTypes: Record<string, SimpleTypeDef> = {};
  const visitType = (name: string): void => {
    if (name.startsWith('xs:') || complexTypes[name] !== undefined || simpleTypes[name] !== undefined) return;
    const ct = def.complexTypes[name];
    if (ct !== undefined) {
      complexTypes[name] = ct;
      if (ct.content !== undefined) visitParticle(ct.content);
      if (ct.simple !== undefined) visitType(ct.simple);
      for (const a of ct.attrs ?? []) visitType(a.type);
      return;
    }
    const st = def.simpleTypes[name];
    if (st === undefined) throw new Error(`${def.id}: type ${name} is not defined`);
    simpleTypes[name] = st;
  };
  const visitParticle = (p: ParticleDef): void => {
    if (Array.isArray(p)) visitType(p[1]);
    else if ('seq' in p) p.seq.forEach(visitParticle);
    else if ('choice' in p) p.choice.forEach(visitParticle);
  };
  visitType(def.root.type);
  return { ...def, complexTypes, simpleTypes };
}
