/**
 * Compiles a MessageDefinition once into linked particle objects and precompiled simple-type checks, so that
 * validation is a walk with no lookups by name and no regex compilation.
 */
import type { ComplexTypeDef, MessageDefinition, ParticleDef } from './definition';
import { builtinCheck, compileSimpleType, type SimpleCheck } from './simple-types';

export enum ParticleKind {
  Element,
  Choice,
  Sequence,
  Any,
}

export interface ElementParticle {
  readonly kind: ParticleKind.Element;
  readonly name: string;
  readonly min: number;
  /** Infinity when unbounded. */
  readonly max: number;
  type: CompiledType;
}

export interface GroupParticle {
  readonly kind: ParticleKind.Choice | ParticleKind.Sequence;
  readonly items: readonly Particle[];
  readonly min: number;
  readonly max: number;
  /** Whether the group can match no element at all. */
  readonly emptiable: boolean;
}

export interface AnyParticle {
  readonly kind: ParticleKind.Any;
  /** Decides whether an element namespace is allowed by the wildcard. */
  readonly allows: (ns: string) => boolean;
  readonly min: number;
  readonly max: number;
}

export type Particle = ElementParticle | GroupParticle | AnyParticle;

export interface CompiledAttribute {
  readonly name: string;
  readonly check: SimpleCheck;
  readonly required: boolean;
}

export type CompiledType =
  | { readonly kind: 'complex'; readonly name: string; readonly content: GroupParticle }
  | { readonly kind: 'simple'; readonly name: string; readonly check: SimpleCheck; readonly attrs: readonly CompiledAttribute[] };

export interface CompiledSchema {
  readonly id: string;
  readonly namespace: string;
  readonly rootName: string;
  readonly rootType: CompiledType;
}

export function compileDefinition(def: MessageDefinition): CompiledSchema {
  const simpleChecks = new Map<string, SimpleCheck>();
  const simple = (name: string): SimpleCheck => {
    let check = simpleChecks.get(name);
    if (check === undefined) {
      if (name.startsWith('xs:')) check = builtinCheck(name);
      else {
        const st = def.simpleTypes[name];
        if (st === undefined) throw new Error(`${def.id}: unknown simple type ${name}`);
        check = compileSimpleType(st);
      }
      simpleChecks.set(name, check);
    }
    return check;
  };

  const types = new Map<string, CompiledType>();
  const pending: Array<[ElementParticle, string]> = [];

  const compileParticle = (p: ParticleDef): Particle => {
    if (Array.isArray(p)) {
      const [name, typeName, min, max] = p;
      const particle = { kind: ParticleKind.Element, name, min, max: max < 0 ? Infinity : max, type: undefined as unknown as CompiledType } as ElementParticle;
      pending.push([particle, typeName]);
      return particle;
    }
    const min = p.min ?? 1;
    const max = p.max === undefined ? 1 : p.max < 0 ? Infinity : p.max;
    if ('any' in p) return { kind: ParticleKind.Any, allows: wildcard(p.any, def.namespace), min, max };
    const isChoice = 'choice' in p;
    const items = (isChoice ? p.choice : p.seq).map(compileParticle);
    const emptiable = min === 0 || (isChoice ? items.some(isEmptiable) : items.every(isEmptiable));
    return { kind: isChoice ? ParticleKind.Choice : ParticleKind.Sequence, items, min, max, emptiable };
  };

  const compileType = (name: string): CompiledType => {
    const ct: ComplexTypeDef | undefined = def.complexTypes[name];
    if (ct === undefined) return { kind: 'simple', name, check: simple(name), attrs: [] };
    if (ct.content !== undefined) return { kind: 'complex', name, content: compileParticle(ct.content) as GroupParticle };
    return {
      kind: 'simple',
      name,
      check: simple(ct.simple!),
      attrs: (ct.attrs ?? []).map((a) => ({ name: a.name, check: simple(a.type), required: a.required })),
    };
  };

  const typeNamed = (name: string): CompiledType => {
    let t = types.get(name);
    if (t === undefined) {
      t = compileType(name);
      types.set(name, t);
    }
    return t;
  };

  const rootType = typeNamed(def.root.type);
  while (pending.length > 0) {
    const [particle, typeName] = pending.pop()!;
    particle.type = typeNamed(typeName);
  }
  return { id: def.id, namespace: def.namespace, rootName: def.root.name, rootType };
}

function isEmptiable(p: Particle): boolean {
  return p.kind === ParticleKind.Element || p.kind === ParticleKind.Any ? p.min === 0 : p.emptiable;
}

function wildcard(spec: string, targetNamespace: string): (ns: string) => boolean {
  if (spec === '##any') return () => true;
  if (spec === '##other') return (ns) => ns !== targetNamespace && ns !== '';
  const allowed = new Set(spec.split(/\s+/).map((token) => (token === '##targetNamespace' ? targetNamespace : token === '##local' ? '' : token)));
  return (ns) => allowed.has(ns);
}
