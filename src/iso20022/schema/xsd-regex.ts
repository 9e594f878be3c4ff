/**
 * Translates an XSD regular expression (XML Schema Part 2, appendix F) to an anchored JavaScript RegExp.
 * XSD patterns are implicitly anchored, have no ^/$ anchors (both are ordinary characters there), and their
 * `.` excludes only CR and LF; `\d` means any Unicode decimal digit.
 */
export function compileXsdPattern(pattern: string): RegExp {
  let out = '';
  let inClass = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const next = pattern[i + 1];
      i++;
      switch (next) {
        case 'd':
          out += '\\p{Nd}';
          break;
        case 'D':
          out += '\\P{Nd}';
          break;
        case 's':
          out += inClass > 0 ? ' \\t\\n\\r' : '[ \\t\\n\\r]';
          break;
        case 'S':
          out += '[^ \\t\\n\\r]';
          break;
        case 'w':
          out += '[^\\p{P}\\p{Z}\\p{C}]';
          break;
        case 'W':
          out += '[\\p{P}\\p{Z}\\p{C}]';
          break;
        case 'i':
        case 'I':
        case 'c':
        case 'C':
          throw new Error(`XSD pattern escape \\${next} is not supported: ${pattern}`);
        default:
          out += '\\' + next;
      }
      continue;
    }
    if (c === '[') {
      if (inClass > 0 && pattern[i - 1] === '-') throw new Error(`XSD character class subtraction is not supported: ${pattern}`);
      inClass++;
      out += c;
      continue;
    }
    if (c === ']' && inClass > 0) {
      inClass--;
      out += c;
      continue;
    }
    if (inClass === 0) {
      if (c === '.') {
        out += '[^\\n\\r]';
        continue;
      }
      if (c === '^' || c === '$') {
        out += '\\' + c;
        continue;
      }
    }
    out += c;
  }
  return new RegExp(`^(?:${out})$`, 'u');
}
