import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { testCredential } from './credential-test';
import { CredentialsService } from './credentials.service';
import {
  createCredentialSchema,
  updateCredentialSchema,
  type CreateCredentialInput,
  type UpdateCredentialInput,
} from './dto/credential.dto';

/** Credentials: secrets are write-only (never returned, never logged). */
@ApiTags('credentials')
@Controller('credentials')
export class CredentialsController {
  constructor(private readonly credentials: CredentialsService) {}

  @Get()
  list() {
    return this.credentials.list();
  }

  @Get(':id')
  get(@Param('id') id: string) {
    return this.credentials.get(id);
  }

  @Roles('editor')
  @Post()
  create(
    @Body({ schema: createCredentialSchema }) body: CreateCredentialInput,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.credentials.create(body, principal.userId);
  }

  @Roles('editor')
  @Put(':id')
  update(@Param('id') id: string, @Body({ schema: updateCredentialSchema }) body: UpdateCredentialInput) {
    return this.credentials.update(id, body);
  }

  @Roles('editor')
  @Delete(':id')
  @HttpCode(204)
  async remove(@Param('id') id: string): Promise<void> {
    await this.credentials.remove(id);
  }

  @Roles('editor')
  @Post(':id/test')
  @HttpCode(200)
  async test(@Param('id') id: string) {
    const view = await this.credentials.get(id);
    const type = this.credentials.typeOf(view.type)!;
    return testCredential(type, await this.credentials.resolve({ id, type: view.type }));
  }
}
