/**
 * A TCP proxy in front of a real Redis that loses one command's answer on purpose, as a network does: when the bytes
 * a client sends contain `needle`, it either passes them on and cuts every connection before the answer comes back
 * ('after-sending': Redis ran the command, the client never hears of it), or cuts without passing them on
 * ('before-sending': the client wrote the command, Redis never got it). Then it refuses connections for `downMs`, so
 * the client's retry after reconnecting fails too. Everything else passes through unchanged.
 */
import net from 'node:net';

export type Cut = { needle: string; when: 'after-sending' | 'before-sending'; downMs: number };

export class FaultProxy {
  private server?: net.Server;
  private readonly sockets = new Set<net.Socket>();
  private cut?: Cut & { done: () => void };
  private downUntil = 0;
  port = 0;

  constructor(private readonly upstreamPort: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.server = net.createServer((client) => this.accept(client));
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.port = (this.server.address() as net.AddressInfo).port;
    return this;
  }

  /** Arms one cut; resolves once it has happened. */
  arm(cut: Cut): Promise<void> {
    return new Promise((done) => (this.cut = { ...cut, done }));
  }

  private accept(client: net.Socket): void {
    if (Date.now() < this.downUntil) {
      client.destroy();
      return;
    }
    const upstream = net.createConnection({ port: this.upstreamPort, host: '127.0.0.1' });
    this.sockets.add(client).add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      this.sockets.delete(client);
      this.sockets.delete(upstream);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    upstream.pipe(client);
    let tail = '';
    client.on('data', (chunk: Buffer) => {
      const text = tail + chunk.toString('latin1');
      tail = text.slice(-256);
      const cut = this.cut;
      if (!cut || !text.includes(cut.needle)) {
        upstream.write(chunk);
        return;
      }
      this.cut = undefined;
      this.downUntil = Date.now() + cut.downMs;
      upstream.unpipe(client);
      if (cut.when === 'after-sending') upstream.write(chunk);
      // Give Redis time to run what it got, then cut every connection: no answer reaches any client.
      setTimeout(() => {
        for (const s of this.sockets) s.destroy();
        this.sockets.clear();
        cut.done();
      }, 50);
    });
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }
}
