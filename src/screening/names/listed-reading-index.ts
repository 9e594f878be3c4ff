/**
 * Listed words by what the German and Polish romanisations of Cyrillic write them for, for the candidate search.
 *
 * The scorer reads a listed person's name written in the German or Polish system (Kajrat Sarsenbajew, Tatjana
 * Morosowa: detectListedSystem) word by word as an English-style system spells the same Cyrillic letters (kayrat,
 * morozova), and takes a reading where it is the payment's word but for the i, y, j of the glides (Kayrat, Kairat).
 * The search did not: a payment written the English way reached such a listed person only by the words they share as
 * written, and in a dense list, where hundreds of listed names share a Kanat or an Iskakov, by those alone it ranked
 * below the candidates scored. Here every listed word that carries a sign of either system itself (listedWordReadings)
 * is kept under its readings in both, without their glides, so that a payment word finds it in one lookup of its own
 * letters without glides. Which system the listed name is written in, and whether the reading is the payment's word,
 * the scorer decides: a word found here that its name does not read so is one candidate more, not a match.
 */
import { listedWordReadings, withoutGlides } from './cyrillic-systems';

/** The systems a listed name is read by (detectListedSystem says which; a word is kept under both). */
const SYSTEMS = ['german', 'polish'] as const;

/** Only a word with one of these letters or endings can carry a sign of the German or Polish system (listedWordHasSign). */
const MAY_HAVE_SIGN = /[wj]|sch|[cs]z|enko$|uk$|sk[iy]j?$/;

export class ListedReadingIndex {
  private readonly byKey = new Map<string, number | number[]>();

  /** @param tokenAt the listed word of each id below `size` */
  constructor(size: number, tokenAt: (id: number) => string) {
    for (let id = 0; id < size; id++) {
      const t = tokenAt(id);
      if (!MAY_HAVE_SIGN.test(t)) continue;
      for (const system of SYSTEMS) for (const r of listedWordReadings(system, t, t) ?? []) this.add(withoutGlides(r), id);
    }
  }

  private add(key: string, id: number): void {
    const ids = this.byKey.get(key);
    if (ids === undefined) this.byKey.set(key, id);
    else if (typeof ids === 'number') {
      if (ids !== id) this.byKey.set(key, [ids, id]);
    } else if (!ids.includes(id)) ids.push(id);
  }

  /** Listed word ids one of whose readings is `word` but for the glides. */
  idsOf(word: string): readonly number[] {
    const ids = this.byKey.get(withoutGlides(word));
    return ids === undefined ? NONE : typeof ids === 'number' ? [ids] : ids;
  }

  get size(): number {
    return this.byKey.size;
  }
}
const NONE: readonly number[] = [];
