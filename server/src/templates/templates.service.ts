import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { ApiError } from '../common/api-error';
import { SERVER_CONFIG, type ServerConfig } from '../config/config';

export interface TemplateSummary {
  id: string;
  name: string;
  description: string | null;
  nodeTypes: string[];
  credentialTypes: string[];
}

/**
 * The template library: `examples/*.workflow.json` (or AINOW_EXAMPLES_DIR). A template's id is its
 * file name without `.workflow.json`.
 */
@Injectable()
export class TemplatesService {
  private readonly dir: string;

  constructor(@Inject(SERVER_CONFIG) config: ServerConfig) {
    this.dir = resolve(config.AINOW_EXAMPLES_DIR ?? resolve(__dirname, '../../..', 'examples'));
  }

  list(): TemplateSummary[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir)
      .filter((f) => f.endsWith('.workflow.json'))
      .sort()
      .flatMap((file) => {
        const id = file.slice(0, -'.workflow.json'.length);
        try {
          return [summary(id, this.read(id))];
        } catch {
          return [];
        }
      });
  }

  read(id: string): Record<string, unknown> {
    if (!/^[A-Za-z0-9_.-]+$/.test(id)) throw ApiError.notFound('template', id);
    const file = join(this.dir, `${id}.workflow.json`);
    if (!existsSync(file)) throw ApiError.notFound('template', id);
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  }
}

function summary(id: string, doc: Record<string, unknown>): TemplateSummary {
  const nodes = Array.isArray(doc.nodes)
    ? (doc.nodes as Array<{ type?: string; credentials?: Record<string, string> }>)
    : [];
  return {
    id,
    name: typeof doc.name === 'string' ? doc.name : id,
    description: typeof doc.description === 'string' ? doc.description : null,
    nodeTypes: [...new Set(nodes.map((n) => String(n.type)))],
    credentialTypes: [...new Set(nodes.flatMap((n) => Object.keys(n.credentials ?? {})))],
  };
}
