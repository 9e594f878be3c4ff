/**
 * `chokepoint tokens create|list|revoke`: the access tokens of TOKENS_FILE (or DATA_DIR/tokens.json). The file keeps
 * only a new token's SHA-256; its value is printed once, by `create`, on stdout alone (so that a script can take it
 * with $(…)). A running gateway reads the file again within a second: no restart.
 */
import type { Config } from '../config';
import { type TokenInfo, createToken, listTokens, revokeToken, tokensPath } from '../composition/commands';

type Role = TokenInfo['role'];
type Permission = TokenInfo['permissions'][number];

export async function tokensCreate(config: Config, o: { name: string; role: Role; permission?: Permission[] }): Promise<void> {
  const file = tokensPath(config);
  const { token, info } = await createToken(file, { name: o.name, role: o.role, permissions: o.permission ?? [] });
  process.stderr.write(`created ${info.role} token "${info.name}" (id ${info.id}) in ${file}; its value, shown this once:\n`);
  process.stdout.write(`${token}\n`);
}

export async function tokensList(config: Config, o: { json?: boolean }): Promise<void> {
  const tokens = await listTokens(tokensPath(config));
  if (o.json) {
    for (const t of tokens) process.stdout.write(JSON.stringify(t) + '\n');
    return;
  }
  const rows = [
    ['id', 'name', 'role', 'created', 'stored', 'permissions'],
    ...tokens.map((t) => [t.id, t.name, t.role, t.created ?? '-', t.stored, t.permissions.join(',')]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows)
    process.stdout.write(
      r
        .map((c, i) => c.padEnd(widths[i]!))
        .join('  ')
        .trimEnd() + '\n',
    );
}

export async function tokensRevoke(config: Config, idOrName: string): Promise<void> {
  const file = tokensPath(config);
  const info = await revokeToken(file, idOrName);
  process.stdout.write(`revoked ${info.role} token "${info.name}" (id ${info.id}) in ${file}; a running gateway refuses it within a second\n`);
}
