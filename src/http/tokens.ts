/**
 * Bearer tokens with one role each (README.md, Configuration): TOKENS_FILE, or — when unset — DATA_DIR/tokens.json. A file entry
 * holds either the token itself (`token`, as an operator may write it) or only its SHA-256 (`sha256`: what the gateway
 * writes for the tokens it generates and `chokepoint tokens create` makes; the server never needs the plaintext).
 * Tokens are looked up by their SHA-256, so the lookup time does not depend on how much of a guessed token is right.
 * The file's operations (generation, create, list, revoke, reload) are in ./token-file.ts.
 */
import { sha256Hex } from '../model/sha256';
import { z } from 'zod';
import { AppError } from '../errors/app-error';

export const ROLES = ['submitter', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Rights beyond a role, given per token. `reveal-debtor`: see a hold's debtor data unmasked (audited); reviewers do
 * not have it unless their token says so.
 */
export const PERMISSIONS = ['reveal-debtor'] as const;
export type Permission = (typeof PERMISSIONS)[number];

export interface Principal {
  readonly name: string;
  readonly role: Role;
  readonly permissions: readonly Permission[];
}

const fileSchema = z.object({
  tokens: z
    .array(
      z
        .object({
          token: z.string().min(16, 'a token must have at least 16 characters').optional(),
          /** Hex SHA-256 of the token, instead of the token. */
          sha256: z
            .string()
            .regex(/^[0-9a-f]{64}$/, 'expected the hex SHA-256 of the token')
            .optional(),
          role: z.enum(ROLES),
          name: z.string().min(1).max(100),
          permissions: z.array(z.enum(PERMISSIONS)).optional(),
          /** Short id for `chokepoint tokens list|revoke` (default: the first 12 hex digits of the SHA-256). */
          id: z.string().min(1).max(40).optional(),
          created: z.string().optional(),
        })
        .refine((t) => (t.token === undefined) !== (t.sha256 === undefined), 'give either token or sha256'),
    )
    .min(1),
});

export type TokensFile = z.infer<typeof fileSchema>;

export class TokenRegistry {
  private readonly byHash = new Map<string, Principal>();

  constructor(file: TokensFile) {
    this.replace(file);
  }

  /** The tokens of a file read again (a token created or revoked meanwhile). */
  replace(file: TokensFile): void {
    this.byHash.clear();
    for (const t of file.tokens) this.byHash.set(t.sha256 ?? tokenDigest(t.token!), { name: t.name, role: t.role, permissions: t.permissions ?? [] });
  }

  identify(token: string): Principal | undefined {
    return this.byHash.get(tokenDigest(token));
  }

  get size(): number {
    return this.byHash.size;
  }
}

export function tokenDigest(token: string): string {
  return sha256Hex(token);
}

export function parseTokensFile(text: string, fileName: string): TokensFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new AppError('CONFIG_INVALID', `${fileName}: not valid JSON (${(e as Error).message})`);
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new AppError('CONFIG_INVALID', `${fileName}: ${i.path.join('.')}: ${i.message}`, { path: i.path.join('.') });
  }
  const names = new Set<string>();
  for (const t of parsed.data.tokens) {
    if (names.has(t.name)) throw new AppError('CONFIG_INVALID', `${fileName}: token name "${t.name}" is used twice; the audit trail needs unique names`);
    names.add(t.name);
    if (t.permissions?.includes('reveal-debtor') && t.role !== 'reviewer') {
      throw new AppError('CONFIG_INVALID', `${fileName}: token "${t.name}": reveal-debtor is a reviewer's permission; a ${t.role} token cannot have it`);
    }
  }
  return parsed.data;
}
