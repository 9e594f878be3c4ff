/**
 * Strict mode (config STRICT_XSD_DIR): in addition to the built-in validation, every message's Document and
 * AppHdr are validated with libxml2 against the XSD the operator supplies for their namespace (official schemas,
 * or a scheme's own: CBPR+, SEPA, Swiss, DK …). The directory is read once; each XSD is compiled once.
 *
 * A namespace without an XSD in the directory is not checked here (the built-in validation still applies); the
 * loaded namespaces are listed in `namespaces` so the operator can see what strict mode covers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError, type ErrorDetail } from '../errors/app-error';
import { loadLibXml2, type LibXml2 } from './libxml';
import { findParts, rewrap } from './parts';

export interface StrictXsdValidator {
  /** Target namespaces with an XSD in the directory. */
  readonly namespaces: readonly string[];
  /** Resolves when every part with an XSD is valid; rejects with AppError MESSAGE_INVALID / HEADER_INVALID. */
  validate(body: string | Uint8Array): Promise<void>;
  /** Frees the compiled schemas. */
  close(): void;
}

interface Compiled {
  readonly file: string;
  readonly validator: InstanceType<LibXml2['XsdValidator']>;
}

/**
 * libxml2 locates a fault as a positional XPath (wildcard steps with positions); the gateway's paths are local names
 * (/Document/FIToFICstmrCdtTrf/CdtTrfTxInf/Cdtr/Nm), rooted at the Document or AppHdr whatever the wrapper.
 */
function namedPath(doc: InstanceType<LibXml2['XmlDocument']>, xpath: string | undefined, lib: LibXml2): string | undefined {
  if (xpath === undefined) return undefined;
  let node;
  try {
    node = doc.get(xpath);
  } catch {
    return xpath;
  }
  if (node === null || !(node instanceof lib.XmlElement)) return xpath;
  const steps: string[] = [];
  for (let el: InstanceType<LibXml2['XmlElement']> | null = node; el !== null; el = el.parent) {
    let count = 0;
    let position = 0;
    for (let s: InstanceType<LibXml2['XmlTreeNode']> | null = el.parent?.firstChild ?? null; s !== null && s !== undefined; s = s.next) {
      if (s instanceof lib.XmlElement && s.name === el.name) {
        count++;
        if (s.isSameNode(el)) position = count;
      }
    }
    steps.push(count > 1 ? `${el.name}[${position}]` : el.name);
    if (el.name === 'Document' || el.name === 'AppHdr') break;
  }
  return '/' + steps.reverse().join('/');
}

function optionalPath(path: string | undefined): { path?: string } {
  return path === undefined ? {} : { path };
}

/** Reads every *.xsd in `dir` and compiles it. Throws AppError CONFIG_INVALID naming a file that does not compile. */
export async function loadStrictXsd(dir: string): Promise<StrictXsdValidator> {
  const lib = await loadLibXml2();
  let files: string[];
  try {
    files = fs
      .readdirSync(dir)
      .filter((f) => f.toLowerCase().endsWith('.xsd'))
      .sort();
  } catch (e) {
    throw new AppError('CONFIG_INVALID', `STRICT_XSD_DIR ${dir} cannot be read`, { cause: e });
  }
  const byNamespace = new Map<string, Compiled>();
  for (const file of files) {
    const full = path.resolve(dir, file);
    let xsdDoc: InstanceType<LibXml2['XmlDocument']> | undefined;
    try {
      xsdDoc = lib.XmlDocument.fromBuffer(fs.readFileSync(full), { url: full });
      const namespace = xsdDoc.root.attr('targetNamespace')?.value ?? '';
      if (byNamespace.has(namespace)) continue; // first file wins; several files per namespace are includes
      byNamespace.set(namespace, { file, validator: lib.XsdValidator.fromDoc(xsdDoc) });
    } catch (e) {
      throw new AppError('CONFIG_INVALID', `STRICT_XSD_DIR: ${file} is not a usable XML Schema: ${(e as Error).message}`, { cause: e });
    } finally {
      xsdDoc?.dispose();
    }
  }

  return {
    namespaces: [...byNamespace.keys()],
    async validate(body) {
      if (byNamespace.size === 0) return;
      const text = typeof body === 'string' ? body : new TextDecoder('utf-8').decode(body);
      // The built-in parser refuses DTDs first; this guard keeps strict mode safe on its own too.
      if (/<!DOCTYPE/i.test(text)) throw new AppError('XML_MALFORMED', 'DOCTYPE declarations are not accepted');
      let doc: InstanceType<LibXml2['XmlDocument']>;
      try {
        doc = lib.XmlDocument.fromString(text.replace(/^\uFEFF/, ''));
      } catch (e) {
        throw new AppError('XML_MALFORMED', `The body is not well-formed XML: ${(e as Error).message}`, { cause: e });
      }
      const details: ErrorDetail[] = [];
      try {
        for (const part of findParts(doc.root, lib.XmlElement)) {
          const compiled = byNamespace.get(part.namespace);
          if (compiled === undefined) continue;
          const code = part.role === 'document' ? 'MESSAGE_INVALID' : 'HEADER_INVALID';
          let temp: InstanceType<LibXml2['XmlDocument']> | undefined;
          try {
            let target = part.element;
            if (part.virtual) {
              temp = lib.XmlDocument.fromString(rewrap(part, lib.XmlElement));
              target = temp.root;
            }
            compiled.validator.validate(target);
          } catch (e) {
            const libDetails = (e as { details?: Array<{ message: string; line: number; xpath?: string }> }).details ?? [];
            if (libDetails.length === 0) details.push({ code, message: `${compiled.file}: ${(e as Error).message}` });
            for (const d of libDetails) {
              details.push({
                code,
                message: `${compiled.file}: ${d.message.trim()}`,
                ...optionalPath(namedPath(part.virtual ? temp! : doc, d.xpath, lib)),
                ...(!part.virtual && d.line > 0 ? { line: d.line } : {}),
              });
            }
          } finally {
            temp?.dispose();
          }
        }
      } finally {
        doc.dispose();
      }
      if (details.length > 0) {
        const first = details[0];
        throw new AppError(first.code, `Strict validation failed: ${first.message}`, {
          ...(first.path !== undefined ? { path: first.path } : {}),
          ...(first.line !== undefined ? { line: first.line } : {}),
          details,
        });
      }
    },
    close() {
      for (const { validator } of byNamespace.values()) validator.dispose();
      byNamespace.clear();
    },
  };
}
