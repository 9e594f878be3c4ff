import path from 'node:path';
import { loadConfig } from '../../../src/config';
import { parseDuration } from '../../../src/config/duration';
import { AppError } from '../../../src/errors/app-error';

describe('parseDuration', () => {
  it.each([
    ['500ms', 500],
    ['30s', 30_000],
    ['15m', 900_000],
    ['24h', 86_400_000],
    ['7d', 604_800_000],
    ['250', 250],
    ['1.5s', 1500],
  ])('%s → %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms));
  it.each(['', 'abc', '10 parsecs', '-5s'])('rejects %p', (text) => expect(parseDuration(text)).toBeUndefined());
});

describe('loadConfig', () => {
  it('has the documented defaults', () => {
    const c = loadConfig({}, '/srv/cp');
    expect(c.port).toBe(8080);
    expect(c.redisUrl).toBeUndefined();
    expect(c.coreUrl).toBeUndefined();
    expect(c.dataDir).toBe(path.resolve('/srv/cp', 'var'));
    expect(c.watchlist).toMatchObject({ single: true, sources: [{ format: 'native', label: 'native:sample.jsonl' }] });
    expect(c.rejectReason).toBe('RR04');
    expect(c.pendingStatus).toBe('PDNG');
    expect(c.fourEyes).toBe(true);
    expect(c.instantCodes).toEqual(['INST']);
    expect(c.holdDeadlines.default).toBe(86_400_000);
  });

  it('parses every documented variable', () => {
    const c = loadConfig({
      PORT: '9090',
      REDIS_URL: 'redis://r:6379/2',
      CORE_URL: 'https://core.bank.example/pacs',
      CORE_AUTH_HEADER: 'Authorization: Bearer abc',
      STATUS_URL: 'http://hub.example/status',
      DATA_DIR: '/data',
      TOKENS_FILE: '/etc/cp/tokens.json',
      REJECT_REASON: 'AG01',
      PENDING_STATUS: 'ACSP',
      PENDING_REASON: 'G002',
      HOLD_DEADLINES: 'URGP=2h,NURG=48h',
      FOUR_EYES: 'false',
      WATCHLIST_HMAC_KEY: '00112233445566778899aabbccddeeff',
    });
    expect(c.port).toBe(9090);
    expect(c.coreAuthHeader).toEqual({ name: 'Authorization', value: 'Bearer abc' });
    expect(c.holdDeadlines.byServiceLevel).toEqual({ URGP: 7_200_000, NURG: 172_800_000 });
    expect(c.fourEyes).toBe(false);
    expect(c.watchlistHmacKey).toHaveLength(16);
    expect(c.pendingReason).toBe('G002');
  });

  it('names every invalid variable in one CONFIG_INVALID error', () => {
    try {
      loadConfig({ PORT: 'eighty', REJECT_REASON: 'no', CORE_URL: 'ftp://x' });
      throw new Error('expected an error');
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      const err = e as AppError;
      expect(err.code).toBe('CONFIG_INVALID');
      expect(err.message).toMatch(/PORT/);
      expect(err.message).toMatch(/REJECT_REASON/);
      expect(err.message).toMatch(/CORE_URL/);
    }
  });

  it('bounds each message and the bodies held at once: defaults, settings, and a budget below one body refused', () => {
    const d = loadConfig({});
    expect(d.xmlLimits).toEqual({ maxElements: 1_000_000, maxDepth: 64 });
    expect(d.maxBodyBytesInFlight).toBe(2 * d.maxBodyBytes);
    expect(d.maxEventLoopDelayMs).toBe(200);
    expect(loadConfig({ MAX_EVENT_LOOP_DELAY_MS: '0' }).maxEventLoopDelayMs).toBe(0);
    expect(d.maxEventLoopUtilisation).toBe(0.9);
    expect(loadConfig({ MAX_EVENT_LOOP_UTILISATION: '0' }).maxEventLoopUtilisation).toBe(0);
    expect(() => loadConfig({ MAX_EVENT_LOOP_UTILISATION: '1.5' })).toThrow(/MAX_EVENT_LOOP_UTILISATION/);
    expect(d.sojournTargetMs).toBe(20);
    expect(loadConfig({ SOJOURN_TARGET_MS: '0' }).sojournTargetMs).toBe(0);
    const c = loadConfig({ MAX_XML_ELEMENTS: '5000', MAX_XML_DEPTH: '20', MAX_BODY_BYTES: '1048576', MAX_BODY_BYTES_IN_FLIGHT: '3145728' });
    expect(c.xmlLimits).toEqual({ maxElements: 5000, maxDepth: 20 });
    expect(c.maxBodyBytesInFlight).toBe(3 * 1024 * 1024);
    expect(() => loadConfig({ MAX_BODY_BYTES: '1048576', MAX_BODY_BYTES_IN_FLIGHT: '1048575' })).toThrow(/MAX_BODY_BYTES_IN_FLIGHT/);
    expect(() => loadConfig({ MAX_XML_DEPTH: '2' })).toThrow(/MAX_XML_DEPTH/);
  });

  it('refuses a malformed HOLD_DEADLINES entry', () => {
    expect(() => loadConfig({ HOLD_DEADLINES: 'URGP:2h' })).toThrow(/HOLD_DEADLINES/);
  });
});

describe('WATCHLIST sources', () => {
  it('takes FORMAT:PATH, FORMAT:URL and bare paths, each with a label; one bare path alone is the list itself', () => {
    const c = loadConfig(
      { WATCHLIST: 'ofac-sdn-csv:./ofac/, un-xml:https://user:pw@lists.example/un/consolidated.xml?x=1, ./ours.jsonl', WATCHLIST_CSV_MAP: 'id=Ref' },
      '/srv',
    );
    expect(c.watchlist.single).toBe(false);
    expect(c.watchlist.sources).toEqual([
      { label: 'ofac-sdn-csv:ofac', format: 'ofac-sdn-csv', path: path.resolve('/srv', 'ofac') },
      { label: 'un-xml:lists.example/un/consolidated.xml', format: 'un-xml', url: 'https://user:pw@lists.example/un/consolidated.xml?x=1' },
      { label: 'native:ours.jsonl', format: 'native', path: path.resolve('/srv', 'ours.jsonl') },
    ]);
    expect(loadConfig({ WATCHLIST: 'list.jsonl' }, '/srv').watchlist).toEqual({
      single: true,
      sources: [{ label: 'native:list.jsonl', format: 'native', path: path.resolve('/srv', 'list.jsonl') }],
    });
    expect(loadConfig({ WATCHLIST: 'native:list.jsonl' }, '/srv').watchlist.single).toBe(false);
    expect(loadConfig({ WATCHLIST: 'a/list.jsonl,b/list.jsonl' }, '/srv').watchlist.sources.map((s) => s.label)).toEqual([
      'native:list.jsonl',
      'native:list.jsonl#2',
    ]);
  });

  it.each([
    ['ofac-csv:./x', /unknown format "ofac-csv"/],
    ['un-xml:ftp://lists.example/x.xml', /WATCHLIST/],
    [' , ', /no source given/],
  ])('refuses %p', (value, message) => {
    expect(() => loadConfig({ WATCHLIST: value })).toThrow(message);
  });

  it('a csv source needs WATCHLIST_CSV_MAP; refresh, plausibility limits and the rescreen lookback are read', () => {
    expect(() => loadConfig({ WATCHLIST: 'csv:ours.csv' })).toThrow(/WATCHLIST_CSV_MAP/);
    const c = loadConfig({ WATCHLIST_REFRESH: '6h', WATCHLIST_REFRESH_MAX_REMOVED: '2.5', DUPLICATE_WINDOW: '48h' });
    expect(c.watchlistRefreshMs).toBe(6 * 3_600_000);
    expect(c.watchlistRefreshChecks).toEqual({ maxRemovedPercent: 2.5, maxSkippedPercent: 5 });
    expect(c.rescreenLookbackMs).toBe(48 * 3_600_000);
    expect(loadConfig({ RESCREEN_LOOKBACK: '2h' }).rescreenLookbackMs).toBe(7_200_000);
    expect(loadConfig({}).watchlistRefreshMs).toBeUndefined();
    expect(() => loadConfig({ WATCHLIST_REFRESH: 'often' })).toThrow(/WATCHLIST_REFRESH/);
    expect(() => loadConfig({ WATCHLIST_REFRESH_MAX_REMOVED: '120' })).toThrow(/WATCHLIST_REFRESH_MAX_REMOVED/);
  });
});

describe('Redis topology', () => {
  it('is one server by default (the embedded one without REDIS_URL), acknowledged by the primary alone', () => {
    expect(loadConfig({}).redis).toEqual({ kind: 'single' });
    expect(loadConfig({ REDIS_URL: 'redis://r:6379', REDIS_PASSWORD: 's3cret' }).redis).toEqual({ kind: 'single', url: 'redis://r:6379', password: 's3cret' });
    expect(loadConfig({}).replicaWait).toEqual({ minReplicas: 0, timeoutMs: 1000 });
  });

  it('reads Sentinel: the sentinels, the master name and both passwords', () => {
    const c = loadConfig({
      REDIS_SENTINELS: '10.0.0.1:26379, 10.0.0.2:26380,[::1]:26381',
      REDIS_SENTINEL_NAME: 'cp',
      REDIS_PASSWORD: 'data',
      REDIS_SENTINEL_PASSWORD: 'watch',
    });
    expect(c.redis).toEqual({
      kind: 'sentinel',
      name: 'cp',
      password: 'data',
      sentinelPassword: 'watch',
      sentinels: [
        { host: '10.0.0.1', port: 26379 },
        { host: '10.0.0.2', port: 26380 },
        { host: '::1', port: 26381 },
      ],
    });
  });

  it('reads Cluster nodes and the replica wait', () => {
    const c = loadConfig({ REDIS_CLUSTER_NODES: 'a:7000,b:7001', REDIS_MIN_REPLICAS: '1', REDIS_MIN_REPLICAS_TIMEOUT: '250ms' });
    expect(c.redis).toEqual({
      kind: 'cluster',
      nodes: [
        { host: 'a', port: 7000 },
        { host: 'b', port: 7001 },
      ],
    });
    expect(c.replicaWait).toEqual({ minReplicas: 1, timeoutMs: 250 });
  });

  it.each([
    [{ REDIS_URL: 'redis://r:6379', REDIS_SENTINELS: 'a:26379', REDIS_SENTINEL_NAME: 'cp' }, /REDIS_URL and REDIS_SENTINELS: set only one/],
    [{ REDIS_SENTINELS: 'a:26379' }, /REDIS_SENTINELS needs REDIS_SENTINEL_NAME/],
    [{ REDIS_SENTINEL_NAME: 'cp' }, /set REDIS_SENTINELS too/],
    [{ REDIS_CLUSTER_NODES: 'a:7000,b' }, /REDIS_CLUSTER_NODES: "b" is not host:port/],
    [{ REDIS_SENTINELS: 'a:99999', REDIS_SENTINEL_NAME: 'cp' }, /REDIS_SENTINELS: "a:99999" is not host:port/],
    [{ REDIS_MIN_REPLICAS: 'two' }, /REDIS_MIN_REPLICAS: expected a number/],
    [{ REDIS_MIN_REPLICAS: '1', REDIS_MIN_REPLICAS_TIMEOUT: '10s' }, /REDIS_MIN_REPLICAS_TIMEOUT: expected a duration from 1ms to 4s/],
  ])('refuses %p with CONFIG_INVALID naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
    try {
      loadConfig(env);
    } catch (e) {
      expect((e as AppError).code).toBe('CONFIG_INVALID');
    }
  });
});
