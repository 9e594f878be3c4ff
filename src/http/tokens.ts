/**
 * Bearer tokens with one role each (DESIGN 3.1): TOKENS_FILE, or — when unset — DATA_DIR/tokens.json, generated on
 * first start with owner-only permissions and printed once. Tokens are looked up by their SHA-256, so the lookup
 * time does not depend on how much of a guessed token is right.
 */
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
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
      z.object({
        token: z.string().min(16, 'a token must have at least 16 characters'),
        role: z.enum(ROLES),
        name: z.string().min(1).max(100),
        permissions: z.array(z.enum(PERMISSIONS)).optional(),
      }),
    )
    .min(1),
});

export type TokensFile = z.infer<typeof fileSchema>;

export class TokenRegistry {
  private readonly byHash = new Map<string, Principal>();

  constructor(file: TokensFile) {
    for (const t of file.tokens) this.byHash.set(digest(t.token), { name: t.name, role: t.role, permissions: t.permissions ?? [] });
  }

  identify(token: string): Principal | undefined {
    return this.byHash.get(digest(token));
  }

  get size(): number {
    return this.byHash.size;
  }
}

function digest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
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

export function generateTokens(): TokensFile {
  const make = () => `cp_${randomBytes(24).toString('base64url')}`;
  return {
    tokens: [
      { token: make(), role: 'submitter', name: 'hub' },
      { token: make(), role: 'reviewer', name: 'reviewer-1' },
      { token: make(), role: 'reviewer', name: 'reviewer-2' },
      { token: make(), role: 'admin', name: 'admin' },
    ],
  };
}

/**
 * Reads the tokens file; when none is configured and DATA_DIR has none yet, generates one (mode 0600).
 * Returns `generated` so the caller can print the new tokens once.
 */
export async function loadTokens(options: { tokensFile?: string; dataDir: string }): Promise<{ file: TokensFile; path: string; generated: boolean }> {
  const file = options.tokensFile ?? path.join(options.dataDir, 'tokens.json');
  try {
    const text = await fs.readFile(file, 'utf8');
    return { file: parseTokensFile(text, file), path: file, generated: false };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || options.tokensFile) {
      if (e instanceof AppError) throw e;
      throw new AppError('CONFIG_INVALID', `${file}: cannot be read (${(e as Error).message})`);
    }
  }
  const generated = generateTokens();
  await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  // 'wx': never overwrite a file another process created in the meantime.
  await fs.writeFile(file, JSON.stringify(generated, null, 2) + '\n', { mode: 0o600, flag: 'wx' }).catch(async (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EEXIST') throw e;
  });
  const text = await fs.readFile(file, 'utf8');
  return { file: parseTokensFile(text, file), path: file, generated: true };
}
