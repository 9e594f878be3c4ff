/**
 * How West African and Indian names are written in Latin letters, from the phonemic notation of world-inventory:
 * French-speaking West Africa (ou, dj / di, tch, gn, é, c before a / o / u, ss between vowels, a silent final e)
 * against English-speaking West Africa (u, j, ch, ny, a final e as eh or ay, o as ow or oh, a as ah); and India's
 * habits: a plain spelling, an older anglicised one (aa / ee / oo, w for v, s for sh, x for ksh), the Bengali and
 * Odia one (b for v, o or u for a short a), the Tamil and Telugu one (th for a dental t) and the Punjabi one (w after
 * a consonant). Rules written here from the orthographies, not from the matcher's tables.
 */
import type { Choices } from './world-romanise';

const V = 'aeiouE';
const isV = (c: string | undefined): boolean => c !== undefined && V.includes(c);

/** Scheme 0: francophone; 1: anglophone. */
export function westAfrican(word: string, scheme: number, ch: Choices): string {
  const fr = scheme === 0;
  const w = word;
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    const next = w[i + 1];
    const prev = w[i - 1];
    const atEnd = i === w.length - 1 || (i === w.length - 2 && next === '^');
    if (!isV(c) && c !== '^' && next === c) {
      // A doubled consonant: French writers keep it, English ones often write it once.
      out += fr || ch.flag(`double:${w}`, 0.5) ? c + c : c;
      i++;
      continue;
    }
    switch (c) {
      case '^':
        out += fr ? 'e' : '';
        break;
      case 'u':
        out += fr ? 'ou' : 'u';
        break;
      case 'w':
        out += fr && isV(next) ? 'ou' : 'w';
        break;
      case 'E':
        out += fr ? 'é' : atEnd ? ch.pick(['eh', 'e', 'ay'], w) : 'e';
        break;
      case 'j':
        out += fr ? (isV(next) && next !== 'i' && next !== 'E' ? ch.pick(['di', 'dj'], w) : 'dj') : 'j';
        break;
      case 'c':
        out += fr ? 'tch' : 'ch';
        break;
      case 'N':
        out += fr ? (i === 0 ? 'ni' : 'gn') : 'ny';
        break;
      case 'G':
        out += 'ng';
        break;
      case 'k':
        out += fr && (next === 'a' || next === 'o' || next === 'u') ? ch.pick(['c', 'k'], `k:${w}`) : 'k';
        break;
      case 's':
        out += fr ? (i === 0 && (next === 'i' || next === 'E' || next === 'e') ? ch.pick(['s', 'c'], `s:${w}`) : isV(prev) && isV(next) ? 'ss' : 's') : 's';
        break;
      case 'y':
        out += fr && isV(prev) && isV(next) ? ch.pick(['i', 'y'], `y:${w}`) : 'y';
        break;
      case 'i':
        out += fr && atEnd && i > 0 ? ch.pick(['i', 'y'], `i:${w}`) : 'i';
        break;
      case 'o':
        out += !fr && atEnd ? ch.pick(['o', 'ow', 'oh'], `o:${w}`) : 'o';
        break;
      case 'a':
        out += !fr && atEnd && i > 0 ? ch.pick(['a', 'ah'], `a:${w}`) : 'a';
        break;
      default:
        out += c;
    }
  }
  return out;
}

/** Scheme 0: plain; 1: anglicised; 2: Bengali / Odia; 3: Tamil / Telugu; 4: Punjabi. */
export function indian(word: string, scheme: number, ch: Choices): string {
  const w = word;
  let out = '';
  const pick = (options: readonly string[], key: string): string => ch.pick(options, `${key}:${w}`);
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    const next = w[i + 1];
    const prev = w[i - 1];
    const atEnd = i === w.length - 1;
    const consonantBefore = prev !== undefined && !'aeiouAIUR'.includes(prev);
    switch (c) {
      case 'A':
        out += scheme === 1 || scheme === 3 ? pick(['a', 'aa'], 'A') : 'a';
        break;
      case 'I':
        out +=
          scheme === 1 || scheme === 3 || scheme === 4
            ? pick(atEnd ? ['i', 'ee', 'y'] : ['i', 'ee'], 'I')
            : scheme === 2 && atEnd
              ? pick(['i', 'y'], 'I')
              : 'i';
        break;
      case 'U':
        out += scheme === 1 || scheme === 4 ? pick(['u', 'oo'], 'U') : 'u';
        break;
      case 'a':
        if (next === 'u') {
          out += scheme === 1 ? pick(['au', 'ow', 'ou'], 'au') : scheme === 2 ? pick(['ou', 'ow'], 'au') : 'au';
          i++;
        } else out += scheme === 2 && i > 0 && !atEnd ? pick(['o', 'u', 'a'], 'a') : 'a';
        break;
      case 'S':
        out += scheme === 1 ? pick(['sh', 's'], 'S') : scheme === 3 ? pick(['s', 'sh'], 'S') : 'sh';
        break;
      case 'x':
        out += scheme === 1 ? pick(['ksh', 'x'], 'x') : 'ksh';
        break;
      case 'v':
        out += scheme === 2 ? 'b' : scheme === 4 && consonantBefore ? 'w' : scheme === 1 ? pick(['v', 'w'], 'v') : 'v';
        break;
      case 't':
        out += scheme === 3 && next !== 'h' && prev !== 's' && next !== 't' ? 'th' : 't';
        break;
      case 'T':
        out += 't';
        break;
      case 'D':
        out += 'd';
        break;
      case 'N':
        out += 'n';
        break;
      case 'M':
        out += next === 'p' || next === 'b' || next === 'm' ? 'm' : 'n';
        break;
      case 'G':
        out += 'ng';
        break;
      case 'R':
        out += 'ri';
        break;
      case 'c':
        out += 'ch';
        break;
      case 'h':
        out += scheme === 1 && atEnd && consonantBefore && ch.flag(`h:${w}`, 0.3) ? '' : 'h';
        break;
      default:
        out += c;
    }
  }
  return out;
}
