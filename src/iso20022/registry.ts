/**
 * The one registry of message types, keyed by namespace. Adding a version is adding its definition under
 * schemas/iso20022/ (npm run gen:schemas); adding a national variant is one line in NATIONAL_VARIANTS.
 */
import type { MessageId, ScreenedFamily } from './types';
import { DEFINITION_LOADERS } from './schema/catalog';
import { compileDefinition, type CompiledSchema } from './schema/compile';

export const ISO_NAMESPACE_PREFIX = 'urn:iso:std:iso:20022:tech:xsd:';
/** The 2005 messages (pain.001.001.01 …) were published without 'tech:' in their namespace. */
const ISO_NAMESPACE_PREFIX_2005 = 'urn:iso:std:iso:20022:xsd:';
const ISO_ID = /^([a-z]{4})\.([0-9]{3})\.([0-9]{3})\.([0-9]{2})$/;

export const SCREENED_FAMILIES: readonly ScreenedFamily[] = ['pacs.008', 'pacs.009', 'pain.001'];

/**
 * National variants read as their base ISO version. They restrict the base (fewer elements, shorter texts,
 * narrower character sets), so a message valid under the variant is valid under the base: chokepoint checks it
 * against the base definition (in the variant's namespace) and does not enforce the variant's extra restrictions
 * itself — an operator who wants them supplies the variant XSD to strict mode (STRICT_XSD_DIR).
 */
const NATIONAL_VARIANTS: Readonly<Record<string, { base: string; variant: string }>> = {
  // Swiss Payment Standards (SIX Interbank Clearing), credit transfer, version 2010/2.
  'http://www.six-interbank-clearing.com/de/pain.001.001.03.ch.02.xsd': { base: 'pain.001.001.03', variant: 'pain.001.001.03.ch.02' },
  // German Kreditwirtschaft (DK) SEPA credit transfer, DFÜ-Abkommen annex 3, versions 2.7 and 3.x.
  'urn:iso:std:iso:20022:tech:xsd:pain.001.002.03': { base: 'pain.001.001.03', variant: 'pain.001.002.03' },
  'urn:iso:std:iso:20022:tech:xsd:pain.001.003.03': { base: 'pain.001.001.03', variant: 'pain.001.003.03' },
};

export function messageIdFromName(name: string, namespace = ISO_NAMESPACE_PREFIX + name): MessageId | undefined {
  const m = ISO_ID.exec(name);
  if (m === null) return undefined;
  return { area: m[1], functionality: m[2], variant: m[3], version: m[4], name, family: `${m[1]}.${m[2]}`, namespace };
}

/** What a namespace names: an ISO 20022 message (any family, known or not) or a registered national variant. */
export function identifyNamespace(namespace: string): MessageId | undefined {
  const variant = NATIONAL_VARIANTS[namespace];
  if (variant !== undefined) {
    const base = messageIdFromName(variant.base, namespace);
    return base === undefined ? undefined : { ...base, nationalVariant: variant.variant };
  }
  if (namespace.startsWith(ISO_NAMESPACE_PREFIX)) return messageIdFromName(namespace.slice(ISO_NAMESPACE_PREFIX.length), namespace);
  if (namespace.startsWith(ISO_NAMESPACE_PREFIX_2005)) return messageIdFromName(namespace.slice(ISO_NAMESPACE_PREFIX_2005.length), namespace);
  return undefined;
}

export function isHeaderId(id: MessageId): boolean {
  return id.family === 'head.001';
}

export function isScreenedFamily(family: string): family is ScreenedFamily {
  return (SCREENED_FAMILIES as readonly string[]).includes(family);
}

export function hasDefinition(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(DEFINITION_LOADERS, name);
}

/** Every message id with a definition (for tests and docs). */
export function definedMessages(): string[] {
  return Object.keys(DEFINITION_LOADERS);
}

const compiled = new Map<string, CompiledSchema>();

/** The compiled schema of a message id; compiled on first use and kept. Throws for an id without definition. */
export function schemaFor(name: string): CompiledSchema {
  let schema = compiled.get(name);
  if (schema === undefined) {
    const load = DEFINITION_LOADERS[name];
    if (load === undefined) throw new Error(`No definition for ${name}`);
    schema = compileDefinition(load());
    compiled.set(name, schema);
  }
  return schema;
}

/**
 * The status report answering a message, in the same ISO release (same yearly maintenance cycle):
 * pacs.008.001.08 (2019) → pacs.002.001.10 (2019), pacs.008.001.02 (2009) → pacs.002.001.03, pain.001 → pain.002.
 * Families chokepoint does not screen get the pacs.002 of the 2019 release that CBPR+ and HVPS+ use.
 */
export function statusReportFor(id: MessageId): string {
  const v = Number(id.version);
  const pad = (n: number) => String(n).padStart(2, '0');
  switch (id.family) {
    case 'pacs.008':
      return `pacs.002.001.${pad(PACS008_TO_PACS002[v] ?? 10)}`;
    case 'pacs.009':
      return `pacs.002.001.${pad(PACS009_TO_PACS002[v] ?? 10)}`;
    case 'pain.001':
      return `pain.002.001.${pad(PAIN001_TO_PAIN002[v] ?? 3)}`;
    default:
      return 'pacs.002.001.10';
  }
}

// Versions published in the same release (dates in the generator line of the official XSDs).
const PACS008_TO_PACS002: Readonly<Record<number, number>> = { 1: 2, 2: 3, 3: 4, 4: 5, 5: 6, 6: 7, 7: 9, 8: 10, 9: 11, 10: 12, 11: 13, 12: 14, 13: 15 };
const PACS009_TO_PACS002: Readonly<Record<number, number>> = { 1: 2, 2: 3, 3: 4, 4: 5, 5: 6, 6: 7, 7: 9, 8: 10, 9: 11, 10: 12, 11: 14, 12: 15 };
const PAIN001_TO_PAIN002: Readonly<Record<number, number>> = { 1: 2, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 10, 10: 11, 11: 12, 12: 14 };
