import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { NodeRegistry } from '@ainow/engine/sdk';
import { createServer } from '../../src/app/create-server';
import { loadConfig, type ServerConfig } from '../../src/config/config';
import { testEnv } from './test-config';

export interface TestServer {
  app: INestApplication;
  config: ServerConfig;
  http: ReturnType<typeof request>;
  /** Session cookie of the owner created at start. */
  ownerCookie: string;
  close(): Promise<void>;
}

export const OWNER = { email: 'owner@example.com', password: 'correct horse battery' };

/** A server on a fresh SQLite file or PostgreSQL schema, with an owner signed in. */
export async function startTestServer(
  kind: 'sqlite' | 'postgres',
  extra: Record<string, string> = {},
  registry?: NodeRegistry,
): Promise<TestServer> {
  const config = loadConfig(testEnv(kind, extra));
  const app = await createServer(config, { registry });
  await app.init();
  const http = request(app.getHttpServer());
  const setup = await http.post('/api/v1/setup').send(OWNER).expect(201);
  const ownerCookie = cookieOf(setup.headers['set-cookie']);
  return {
    app,
    config,
    http,
    ownerCookie,
    async close() {
      await app.close();
      if (kind === 'postgres') {
        const ds = await new DataSource({ type: 'postgres', url: config.DATABASE_URL }).initialize();
        await ds.query(`DROP SCHEMA IF EXISTS "${config.AINOW_DATABASE_SCHEMA}" CASCADE`);
        await ds.destroy();
      }
    },
  };
}

export function cookieOf(header: string | string[] | undefined): string {
  const list = Array.isArray(header) ? header : header ? [header] : [];
  const found = list.find((c) => c.startsWith('ainow_session='));
  if (!found) throw new Error('no session cookie was set');
  return found.split(';')[0];
}

/** A small workflow: manual trigger → Set. */
export function helloWorkflow(name = 'Hello'): Record<string, unknown> {
  return {
    schemaVersion: 1,
    name,
    nodes: [
      {
        id: 'start',
        name: 'Start',
        type: 'core.manualTrigger',
        version: 1,
        position: { x: 0, y: 0 },
        parameters: {},
      },
      {
        id: 'set',
        name: 'Greet',
        type: 'core.set',
        version: 1,
        position: { x: 200, y: 0 },
        parameters: { fields: [{ name: 'greeting', value: 'Hello {{ $json.name }}' }] },
      },
    ],
    connections: [{ from: { node: 'start', port: 'main' }, to: { node: 'set', port: 'main' } }],
  };
}

/** Webhook → Set → Respond to Webhook. */
export function webhookWorkflow(
  path: string,
  webhook: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    schemaVersion: 1,
    name: `Webhook ${path}`,
    nodes: [
      {
        id: 'hook',
        name: 'Hook',
        type: 'core.webhook',
        version: 1,
        position: { x: 0, y: 0 },
        parameters: { path, method: 'POST', responseMode: 'respondNode', ...webhook },
      },
      {
        id: 'set',
        name: 'Shape',
        type: 'core.set',
        version: 1,
        position: { x: 200, y: 0 },
        parameters: { fields: [{ name: 'email', value: '{{ $json.body.email }}' }], keepOnlySet: true },
      },
      {
        id: 'respond',
        name: 'Answer',
        type: 'core.respondToWebhook',
        version: 1,
        position: { x: 400, y: 0 },
        parameters: { respondWith: 'json', status: 201, body: '{{ { ok: true, email: $json.email } }}' },
      },
    ],
    connections: [
      { from: { node: 'hook', port: 'main' }, to: { node: 'set', port: 'main' } },
      { from: { node: 'set', port: 'main' }, to: { node: 'respond', port: 'main' } },
    ],
  };
}
