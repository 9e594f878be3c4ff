/**
 * The sealer of stored payment data (store/sealed-payload) from the configured keys, or from the key generated into
 * DATA_DIR when none is configured. Logs where the keys came from and their ids, never a key.
 */
import type { Logger } from 'pino';
import type { Config } from '../config';
import { loadKeyRing } from '../store/key-file';
import { PayloadSealer } from '../store/sealed-payload';

export async function openSealer(config: Config, log: Logger): Promise<PayloadSealer> {
  const loaded = await loadKeyRing({ keyText: config.encryptionKey, keyFile: config.encryptionKeyFile, dataDir: config.dataDir });
  const ids = { current: loaded.ring.current.id, older: loaded.ring.keys.slice(1).map((k) => k.id) };
  if (loaded.generated) {
    log.warn(
      { file: loaded.source, keyId: ids.current },
      'no ENCRYPTION_KEY or ENCRYPTION_KEY_FILE: generated an encryption key for stored messages and holds (mode 0600); keep a copy, and give every instance on this Redis the same key',
    );
  } else log.info({ source: loaded.source, keyId: ids.current, olderKeys: ids.older }, 'stored messages and holds are sealed (AES-256-GCM)');
  if (loaded.looseMode) log.warn({ file: loaded.source }, 'the encryption key file can be read by others than its owner: chmod 600 it');
  return new PayloadSealer(loaded.ring);
}
