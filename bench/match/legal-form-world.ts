/**
 * `legal_form_world`: an organisation's legal form as payments around the world write it — spelt out or
 * abbreviated, translated (OOO ↔ LLC, AO ↔ JSC), moved to the front as CIS registers write it ("TOO Name",
 * "OOO «Name»"), added where the list has none, dropped where it has one, the name in quotes. Authored from
 * public knowledge of company forms, independently of the engine's own table, so that it measures the table
 * instead of mirroring it. Kept apart from `legal_form` so that kind's figures stay comparable.
 */
import type { PayeeField } from '../../src/iso20022/types';
import type { GeneratedEntry } from './generate-list';
import type { Rng } from './rng';
import { latinName } from './variations';

/** One legal form per row: every spelling a payment may carry for it, abbreviations, expansions, translations. */
const FORMS: readonly (readonly string[])[] = [
  ['Ltd', 'Ltd.', 'Limited', 'LTD', 'LIMITED'],
  ['Private Limited', 'Pvt Ltd', 'Pvt. Ltd.', 'PVT LTD', 'Private Ltd'],
  ['Pte Ltd', 'Pte. Ltd.', 'Private Limited'],
  ['Pty Ltd', 'Pty. Ltd.', 'Proprietary Limited'],
  ['Co., Ltd.', 'Co. Ltd', 'Company Limited', 'Co Ltd'],
  ['PLC', 'plc', 'Public Limited Company', 'P.L.C.'],
  ['LLC', 'L.L.C.', 'Limited Liability Company', 'OOO', 'TOV', 'Obshchestvo s ogranichennoy otvetstvennostyu', 'O.O.O.'],
  ['LLP', 'L.L.P.', 'Limited Liability Partnership', 'TOO', 'Tovarishchestvo s ogranichennoy otvetstvennostyu'],
  ['JSC', 'AO', 'Joint Stock Company', 'Aktsionernoye obshchestvo', 'A.O.', 'Joint-Stock Company'],
  ['PJSC', 'PAO', 'Public Joint Stock Company', 'Publichnoye aktsionernoye obshchestvo'],
  ['CJSC', 'ZAO', 'Closed Joint Stock Company', 'Zakrytoye aktsionernoye obshchestvo'],
  ['OJSC', 'OAO', 'Open Joint Stock Company', 'Otkrytoye aktsionernoye obshchestvo'],
  ['Inc.', 'Inc', 'Incorporated', 'INC'],
  ['Corp.', 'Corp', 'Corporation', 'CORP'],
  ['Co.', 'Co', 'Company', '& Co.'],
  ['GmbH', 'G.m.b.H.', 'Gesellschaft mit beschränkter Haftung', 'Ges.m.b.H.', 'mbH'],
  ['GmbH & Co. KG', 'GmbH & Co KG', 'GmbH u. Co. KG'],
  ['AG', 'Aktiengesellschaft'],
  ['S.A.', 'SA', 'Sociedad Anónima', 'Société Anonyme', 'S/A'],
  ['S.A. de C.V.', 'SA de CV', 'Sociedad Anónima de Capital Variable'],
  ['S. de R.L. de C.V.', 'S de RL de CV', 'S. de R.L.'],
  ['S.L.', 'SL', 'Sociedad Limitada', 'S.L.U.'],
  ['Ltda', 'Ltda.', 'Limitada', 'LTDA'],
  ['S.A.R.L.', 'SARL', 'Sàrl', 'Société à responsabilité limitée'],
  ['SAS', 'S.A.S.', 'Société par actions simplifiée', 'SASU'],
  ['EURL', 'E.U.R.L.'],
  ['S.p.A.', 'SpA', 'SPA', 'Società per azioni'],
  ['S.r.l.', 'Srl', 'SRL', 'Società a responsabilità limitata'],
  ['B.V.', 'BV', 'Besloten Vennootschap'],
  ['N.V.', 'NV', 'Naamloze Vennootschap'],
  ['Sp. z o.o.', 'Sp. z.o.o.', 'Sp z oo', 'Spółka z ograniczoną odpowiedzialnością', 'sp. z o. o.'],
  ['s.r.o.', 'spol. s r.o.', 'S.R.O.', 'sro'],
  ['a.s.', 'A.S.', 'akciová společnost'],
  ['d.o.o.', 'D.O.O.', 'doo'],
  ['Kft.', 'Kft', 'KFT'],
  ['A.Ş.', 'AŞ', 'A.S.', 'Anonim Şirketi', 'Anonim Sirketi'],
  ['Ltd. Şti.', 'Ltd Sti', 'Limited Şirketi', 'Limited Sirketi'],
  ['Oy', 'Oyj', 'Osakeyhtiö'],
  ['AB', 'Aktiebolag', 'AB (publ)'],
  ['A/S', 'AS', 'Aktieselskab', 'ASA', 'Aksjeselskap'],
  ['ApS', 'Anpartsselskab'],
  ['FZE', 'FZCO', 'FZ-LLC', 'FZC', 'Free Zone Establishment'],
  ['WLL', 'W.L.L.', 'With Limited Liability'],
  ['SAOG', 'S.A.O.G.', 'SAOC'],
  ['SAL', 'S.A.L.'],
  ['Sdn Bhd', 'Sdn. Bhd.', 'Sendirian Berhad', 'Bhd'],
  ['ООО', 'OOO', 'LLC'],
  ['АО', 'AO', 'JSC'],
  ['ПАО', 'PAO', 'PJSC'],
  ['ЗАО', 'ZAO', 'CJSC'],
  ['ТОВ', 'TOV', 'LLC'],
  ['ПрАТ', 'PrAT', 'PJSC'],
  ['ПП', 'PP'],
  ['Ε.Π.Ε.', 'EPE'],
  ['Α.Ε.', 'AE'],
  ['Ι.Κ.Ε.', 'IKE'],
  ['I/S', 'Interessentskab'],
  ['IVS'],
  ['DA', 'ANS'],
  ['HB', 'KB', 'Handelsbolag', 'Kommanditbolag'],
  ['Ky', 'Ay', 'Kommandiittiyhtiö'],
  ['KG', 'Kommanditgesellschaft'],
  ['OHG', 'e.K.', 'UG (haftungsbeschränkt)'],
  ['V.O.F.', 'C.V.'],
  ['S.C.', 'SNC', 'S.n.c.', 'S.a.s.'],
  ['Sp.j.', 'Sp.k.'],
  ['STATE UNITARY ENTERPRISE', 'GUP', 'STATE UNITARY ENTERPRISE OF THE REPUBLIC OF CRIMEA'],
  ['FEDERAL STATE UNITARY ENTERPRISE', 'FGUP'],
  ['FEDERAL STATE BUDGETARY INSTITUTION', 'FGBU'],
  ['STATE CORPORATION', 'GOSKORPORATSIYA'],
];

type Field = PayeeField;
const nm = (value: string): Field => ({ path: 'Cdtr/Nm', role: 'creditor', kind: 'name', value, partyRef: 'cdtr' });

const ALL = FORMS.flatMap((row, i) => row.map((s) => ({ s, i }))).sort((a, b) => b.s.length - a.s.length);
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The listed name's legal form (longest spelling at its end, else at its start) and the rest of the name. */
function split(name: string): { core: string; row?: number; at?: 'end' | 'start' } {
  for (const { s, i } of ALL) {
    const end = new RegExp(`[\\s,]+${esc(s)}$`, 'i');
    if (end.test(name)) return { core: name.replace(end, '').trim(), row: i, at: 'end' };
  }
  for (const { s, i } of ALL) {
    const start = new RegExp(`^${esc(s)}\\s+`, 'i');
    if (start.test(name)) return { core: name.replace(start, '').trim(), row: i, at: 'start' };
  }
  return { core: name };
}

const QUOTES: readonly [string, string][] = [
  ['«', '»'],
  ['“', '”'],
  ['"', '"'],
];

export function legalFormWorld(e: GeneratedEntry, rng: Rng): Field[] | undefined {
  if (e.kind !== 'organisation') return undefined;
  const n = latinName(e);
  const { core, row } = split(n);
  if (core.split(/\s+/).length === 0 || core.length < 3) return undefined;
  const quoted = (): string => {
    if (/["«“]/.test(core)) return core;
    const [o, c] = rng.pick(QUOTES);
    return `${o}${core}${c}`;
  };
  const upper = n === n.toUpperCase();
  const cased = (s: string): string => (upper ? s.toUpperCase() : s);
  if (row === undefined) {
    // The list has no form: the payment adds one, at the end or as a CIS prefix before a quoted name.
    const form = rng.pick(rng.pick(FORMS));
    return [nm(rng.chance(0.7) ? `${core} ${cased(form)}` : `${cased(form)} ${quoted()}`)];
  }
  const others = FORMS[row];
  const form = cased(rng.pick(others));
  switch (rng.int(4)) {
    case 0:
      // Dropped.
      return [nm(rng.chance(0.7) ? core : quoted())];
    case 1:
      // Moved to the front, CIS style, often with the name in quotes.
      return [nm(`${form} ${rng.chance(0.6) ? quoted() : core}`)];
    default:
      // Another spelling or the translation of the same form, where the list had it.
      return [nm(rng.chance(0.85) ? `${core} ${form}` : `${core}, ${form}`)];
  }
}
