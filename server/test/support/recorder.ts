import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Delivery {
  key: string;
  pid: number;
  item: Record<string, unknown>;
}

/**
 * A local HTTP server standing in for a vendor: records reads and sends (with their idempotency
 * keys) and can hold a chosen send until the test releases it (to kill a worker mid-call).
 */
export class Recorder {
  readonly reads: Array<{ runId: string; pid: number }> = [];
  readonly sends: Delivery[] = [];
  private holdAt = -1;
  private failAt = -1;
  readonly pings: Array<{ authorization?: string }> = [];
  /** How long /read takes to answer (to make runs last). */
  readDelayMs = 0;
  /** What GET /feed answers (polling triggers). */
  feed: Array<Record<string, unknown>> = [];
  private held?: { res: ServerResponse; resolveHeld: () => void };
  private onHeld?: (d: Delivery) => void;
  private readonly server = createServer((req, res) => void this.handle(req, res));
  url = '';

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  /** Holds the `n`th send (0-based) without answering; resolves with it once it arrives. */
  holdSend(n: number): Promise<Delivery> {
    this.holdAt = n;
    return new Promise((resolve) => (this.onHeld = resolve));
  }

  /** Answers the `n`th send (0-based) with 500. */
  failSend(n: number): void {
    this.failAt = n;
  }

  async stop(): Promise<void> {
    this.held?.res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.url === '/feed') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(this.feed));
      return;
    }
    if (req.url === '/ping') {
      this.pings.push({ authorization: req.headers.authorization });
      res.statusCode = req.headers.authorization === 'Bearer good-key' ? 200 : 401;
      res.end(JSON.stringify({ ok: res.statusCode === 200 }));
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as {
      runId?: string;
      pid: number;
      item?: Record<string, unknown>;
    };
    if (req.url === '/read') {
      this.reads.push({ runId: String(body.runId), pid: body.pid });
      if (this.readDelayMs) await new Promise((r) => setTimeout(r, this.readDelayMs));
      res.end(JSON.stringify({ ok: true }));
      return;
    }
    const delivery = { key: String(req.headers['idempotency-key']), pid: body.pid, item: body.item ?? {} };
    this.sends.push(delivery);
    if (this.sends.length - 1 === this.failAt) {
      this.failAt = -1;
      res.statusCode = 500;
      res.end(JSON.stringify({ error: 'down' }));
      return;
    }
    if (this.sends.length - 1 === this.holdAt) {
      this.holdAt = -1;
      this.held = { res, resolveHeld: () => undefined };
      this.onHeld?.(delivery);
      return;
    }
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ id: `msg_${this.sends.length}` }));
  }
}
