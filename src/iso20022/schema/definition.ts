/**
 * The compact message-definition format stored under schemas/iso20022/ (one JSON file per message version).
 *
 * It carries exactly what XSD validation of an ISO 20022 message needs and nothing else: the root element, the
 * complex types as content models of elements, and the simple types as a built-in base plus facets. ISO 20022
 * schemas only use a small subset of XSD (flat sequences and choices, occurrence bounds, one kind of wildcard,
 * simple content with the Ccy attribute, restrictions of built-in types), so the format stays small and the
 * validator can be exact. scripts/iso20022/generate-schemas.ts produces these files from the official XSDs.
 */

export const DEFINITION_FORMAT = 'chokepoint.iso20022.definition/1';

/** [element name, type name, minOccurs, maxOccurs (-1 = unbounded)] */
export type ElementParticleDef = [name: string, type: string, min: number, max: number];

export interface ChoiceParticleDef {
  choice: ParticleDef[];
  min?: number;
  max?: number;
}

export interface SequenceParticleDef {
  seq: ParticleDef[];
  min?: number;
  max?: number;
}

/** xs:any: `ns` is '##any', '##other', '##local', '##targetNamespace' or a list of URIs separated by spaces. */
export interface AnyParticleDef {
  any: string;
  process: 'strict' | 'lax' | 'skip';
  min?: number;
  max?: number;
}

export type ParticleDef = ElementParticleDef | ChoiceParticleDef | SequenceParticleDef | AnyParticleDef;

export interface AttributeDef {
  name: string;
  type: string;
  required: boolean;
}

/** A complex type: either element content (`content`) or simple content (`simple`) with attributes. */
export interface ComplexTypeDef {
  content?: SequenceParticleDef | ChoiceParticleDef;
  /** Name of the simple type (or xs: built-in) of the text content. */
  simple?: string;
  attrs?: AttributeDef[];
}

export type BuiltinType = 'string' | 'decimal' | 'boolean' | 'date' | 'dateTime' | 'time' | 'gYear' | 'gYearMonth' | 'base64Binary';

export interface SimpleTypeDef {
  base: BuiltinType;
  minLength?: number;
  maxLength?: number;
  length?: number;
  /** XSD regular expressions (implicitly anchored); all must match (each came from one derivation step). */
  patterns?: string[];
  enumeration?: string[];
  totalDigits?: number;
  fractionDigits?: number;
  minInclusive?: string;
  maxInclusive?: string;
  minExclusive?: string;
  maxExclusive?: string;
}

export interface MessageDefinition {
  format: typeof DEFINITION_FORMAT;
  /** area.functionality.variant.version, e.g. 'pacs.008.001.08' */
  id: string;
  namespace: string;
  /** Where it came from (file name and the generator line of the official XSD). */
  source: string;
  /** The global element: 'Document' for messages, 'AppHdr' for head.001. */
  root: { name: string; type: string };
  complexTypes: Record<string, ComplexTypeDef>;
  simpleTypes: Record<string, SimpleTypeDef>;
}
