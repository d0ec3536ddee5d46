import { Controller, Get, Param, ParseIntPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { ApiError } from '../common/api-error';
import { SavedResourceEntity } from './saved-resource.entity';

/**
 * Saved resources (trained lead-score models): listed by kind and name with their versions, and
 * read one version at a time. Nodes save them (Train lead score model › Save model as).
 */
@ApiTags('resources')
@Controller('resources')
export class ResourcesController {
  constructor(
    @InjectRepository(SavedResourceEntity) private readonly repo: Repository<SavedResourceEntity>,
  ) {}

  @Get()
  async list() {
    const rows = await this.repo.find({
      select: { kind: true, name: true, version: true, createdAt: true },
      order: { kind: 'ASC', name: 'ASC', version: 'ASC' },
    });
    const byName = new Map<
      string,
      { kind: string; name: string; versions: Array<{ version: number; createdAt: string }> }
    >();
    for (const row of rows) {
      const key = `${row.kind}\u0000${row.name}`;
      const entry = byName.get(key) ?? { kind: row.kind, name: row.name, versions: [] };
      entry.versions.push({ version: row.version, createdAt: row.createdAt });
      byName.set(key, entry);
    }
    return { data: [...byName.values()] };
  }

  @Get(':kind/:name/:version')
  async read(
    @Param('kind') kind: string,
    @Param('name') name: string,
    @Param('version', ParseIntPipe) version: number,
  ) {
    const row = await this.repo.findOneBy({ kind, name, version });
    if (!row) throw ApiError.notFound('saved resource', `${kind}/${name}/${version}`);
    return { kind, name, version, createdAt: row.createdAt, data: JSON.parse(row.data) as unknown };
  }
}
