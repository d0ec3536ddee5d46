import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { z } from 'zod';
import { Roles } from '../auth/roles.decorator';
import { ApiError } from '../common/api-error';
import { nowIso } from '../common/clock';
import { VariableEntity } from './variable.entity';

const keySchema = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]{0,199}$/, 'use letters, digits and _, starting with a letter');
const setVariableSchema = z.object({ value: z.unknown() });

/** Workflow variables (`$vars.name`). */
@ApiTags('variables')
@Controller('variables')
export class VariablesController {
  constructor(@InjectRepository(VariableEntity) private readonly repo: Repository<VariableEntity>) {}

  @Get()
  async list() {
    return (await this.repo.find({ order: { key: 'ASC' } })).map((v) => ({
      key: v.key,
      value: JSON.parse(v.value) as unknown,
      updatedAt: v.updatedAt,
    }));
  }

  @Roles('editor')
  @Put(':key')
  async set(@Param('key') key: string, @Body({ schema: setVariableSchema }) body: { value: unknown }) {
    const parsed = keySchema.safeParse(key);
    if (!parsed.success)
      throw ApiError.badRequest('invalid_input', `variable name '${key}': ${parsed.error.issues[0].message}`);
    await this.repo.upsert({ key, value: JSON.stringify(body.value ?? null), updatedAt: nowIso() }, ['key']);
    return { key, value: body.value ?? null };
  }

  @Roles('editor')
  @Delete(':key')
  @HttpCode(204)
  async remove(@Param('key') key: string): Promise<void> {
    const result = await this.repo.delete({ key });
    if (!result.affected) throw ApiError.notFound('variable', key);
  }
}
