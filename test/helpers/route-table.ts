/**
 * The routes an express app really registers, read from its router stacks: `METHOD /path` in OpenAPI form
 * (/v1/holds/{id}). Static folders (express.static mounted with use) count as `GET /mount/{file}`.
 */
import type { Express } from 'express';

interface Layer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle: { stack?: Layer[] } & ((...a: unknown[]) => unknown);
  name: string;
  rawPath?: string | string[];
  slash?: boolean;
}

export function registeredRoutes(app: Express): string[] {
  const out = new Set<string>();
  const walk = (stack: Layer[], prefix: string) => {
    for (const layer of stack) {
      const here = layer.slash || layer.rawPath === undefined ? '' : String(layer.rawPath);
      if (layer.route) {
        for (const p of ([] as string[]).concat(layer.route.path)) {
          for (const [m, on] of Object.entries(layer.route.methods)) if (on && m !== '_all') out.add(`${m.toUpperCase()} ${toOpenApi(prefix + p)}`);
        }
      } else if (layer.handle.stack) {
        walk(layer.handle.stack, prefix + here);
      } else if (layer.name === 'serveStatic') {
        out.add(`GET ${toOpenApi(prefix + here)}/{file}`);
      }
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack, '');
  return [...out].sort();
}

const toOpenApi = (p: string) => p.replace(/:(\w+)/g, '{$1}');
