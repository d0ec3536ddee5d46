import { Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { WorkflowsService } from '../workflows/workflows.service';
import { TemplatesService } from './templates.service';

/** Ready-made workflows to start from. Importing one creates a new, inactive workflow. */
@ApiTags('templates')
@Controller('templates')
export class TemplatesController {
  constructor(
    private readonly templates: TemplatesService,
    private readonly workflows: WorkflowsService,
  ) {}

  @Get()
  list() {
    return this.templates.list();
  }

  @Get(':id')
  get(@Param('id') id: string) {
    return this.templates.read(id);
  }

  @Roles('editor')
  @Post(':id/import')
  import(@Param('id') id: string, @CurrentPrincipal() principal: Principal) {
    const { id: _ignored, ...doc } = this.templates.read(id);
    return this.workflows.create(doc, principal.userId);
  }
}
