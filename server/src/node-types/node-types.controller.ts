import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { describeCatalog, describeNode, type NodeCatalog, type NodeRegistry } from '@ainow/engine/sdk';
import { ApiError } from '../common/api-error';
import { NODE_REGISTRY } from '../runs/run-job';

/** The node catalog: every declaration the editor needs to draw forms and ports. */
@ApiTags('node-types')
@Controller('node-types')
export class NodeTypesController {
  private catalog?: NodeCatalog;

  constructor(@Inject(NODE_REGISTRY) private readonly registry: NodeRegistry) {}

  @Get()
  list(): NodeCatalog {
    this.catalog ??= describeCatalog(this.registry);
    return this.catalog;
  }

  @Get(':type/:version')
  one(@Param('type') type: string, @Param('version') version: string) {
    const def = this.registry.get(type, Number(version));
    if (!def) throw ApiError.notFound('node type', `${type}@${version}`);
    return describeNode(def);
  }
}
