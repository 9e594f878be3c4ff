/**
 * The consistency rules XSD cannot express, checked after schema validation: the control values of the group
 * header (and of each pain.001 payment information block) must agree with the transactions present. Exact
 * decimal arithmetic: "100" equals "100.00", 0.1 + 0.2 equals 0.3.
 */
import type { ErrorDetail } from '../errors/app-error';
import { compareDecimals, formatDecimal, parseDecimal, sumDecimals } from './decimal';
import type { DocumentPart } from './locate';
import { firstChild, type XmlElement } from './xml/tree';
import { trimXml, type TransactionSlot } from './extract/message';
import type { TransactionView } from './types';

export function checkControlValues(
  part: DocumentPart,
  slots: readonly TransactionSlot[],
  transactions: readonly TransactionView[],
  family: string,
): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const grpHdr = firstChild(part.messageRoot, 'GrpHdr');
  checkBlock(part, grpHdr, transactions, problems, () => 'the message');
  if (family !== 'pain.001') {
    const total = firstChild(grpHdr, 'TtlIntrBkSttlmAmt');
    if (total !== undefined) {
      const sum = sumDecimals(transactions.map((t) => t.amount.value));
      const declared = parseDecimal(trimXml(total.text));
      if (sum !== undefined && declared !== undefined && compareDecimals(sum, declared) !== 0) {
        problems.push({
          code: 'TOTAL_AMOUNT_MISMATCH',
          message: `TtlIntrBkSttlmAmt is ${trimXml(total.text)} but the interbank settlement amounts add up to ${formatDecimal(sum)}`,
          path: part.pathOf(total),
          line: total.line,
        });
      }
    }
  } else {
    const byBlock = new Map<XmlElement, TransactionView[]>();
    slots.forEach((slot, i) => {
      if (slot.pmtInf === undefined) return;
      const list = byBlock.get(slot.pmtInf) ?? [];
      list.push(transactions[i]);
      byBlock.set(slot.pmtInf, list);
    });
    for (const pmtInf of part.messageRoot?.children ?? []) {
      if (pmtInf.local === 'PmtInf') checkBlock(part, pmtInf, byBlock.get(pmtInf) ?? [], problems, () => `payment information ${part.pathOf(pmtInf)}`);
    }
  }
  return problems;
}

function checkBlock(
  part: DocumentPart,
  block: XmlElement | undefined,
  transactions: readonly TransactionView[],
  problems: ErrorDetail[],
  what: () => string,
): void {
  const nb = firstChild(block, 'NbOfTxs');
  if (nb !== undefined && trimXml(nb.text) !== '' && Number(trimXml(nb.text)) !== transactions.length) {
    problems.push({
      code: 'NB_OF_TXS_MISMATCH',
      message: `NbOfTxs is ${trimXml(nb.text)} but ${what()} holds ${transactions.length} transaction(s)`,
      path: part.pathOf(nb),
      line: nb.line,
    });
  }
  const ctrl = firstChild(block, 'CtrlSum');
  if (ctrl !== undefined) {
    const declared = parseDecimal(trimXml(ctrl.text));
    const sum = sumDecimals(transactions.map((t) => t.amount.value));
    if (declared !== undefined && sum !== undefined && compareDecimals(sum, declared) !== 0) {
      problems.push({
        code: 'CTRL_SUM_MISMATCH',
        message: `CtrlSum is ${trimXml(ctrl.text)} but the amounts of ${what()} add up to ${formatDecimal(sum)}`,
        path: part.pathOf(ctrl),
        line: ctrl.line,
      });
    }
  }
}
