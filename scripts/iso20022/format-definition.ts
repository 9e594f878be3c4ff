import type { MessageDefinition } from '../../src/iso20022/schema/definition';

/** One type per line: compact, yet a new schema release shows up as a readable diff. */
export function formatDefinition(def: MessageDefinition): string {
  const block = (types: Record<string, unknown>) =>
    Object.keys(types)
      .sort()
      .map((name) => `    ${JSON.stringify(name)}: ${JSON.stringify(types[name])}`)
      .join(',\n');
  return [
    '{',
    `  "format": ${JSON.stringify(def.format)},`,
    `  "id": ${JSON.stringify(def.id)},`,
    `  "namespace": ${JSON.stringify(def.namespace)},`,
    `  "source": ${JSON.stringify(def.source)},`,
    `  "root": ${JSON.stringify(def.root)},`,
    '  "complexTypes": {',
    block(def.complexTypes),
    '  },',
    '  "simpleTypes": {',
    block(def.simpleTypes),
    '  }',
    '}',
    '',
  ].join('\n');
}
