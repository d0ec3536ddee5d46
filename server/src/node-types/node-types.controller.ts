import { Body, Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { describeCatalog, describeNode, type NodeCatalog, type NodeRegistry } from '@ainow/engine/sdk';
import { parametersWithDefaults } from '@ainow/engine/workflow';
import { Roles } from '../auth/roles.decorator';
import { ApiError } from '../common/api-error';
import { StandaloneContexts } from '../nodes/standalone-context';
import { loadOptionsSchema, type LoadOptionsInput } from './dto/load-options.dto';
import { NODE_REGISTRY } from '../runs/run-job';

/** The node catalog: every declaration the editor needs to draw forms and ports. */
@ApiTags('node-types')
@Controller('node-types')
export class NodeTypesController {
  private catalog?: NodeCatalog;

  constructor(
    @Inject(NODE_REGISTRY) private readonly registry: NodeRegistry,
    private readonly contexts: StandaloneContexts,
  ) {}

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

  /** Options of a dropdown loaded from the vendor with the chosen credential (`Prop.options({ loadOptions })`). */
  @Roles('editor')
  @Post(':type/:version/load-options')
  @HttpCode(200)
  async loadOptions(
    @Param('type') type: string,
    @Param('version') version: string,
    @Body({ schema: loadOptionsSchema }) body: LoadOptionsInput,
  ) {
    const def = this.registry.get(type, Number(version));
    if (!def) throw ApiError.notFound('node type', `${type}@${version}`);
    const loader = def.loadOptions?.[body.method];
    if (!loader) {
      const known = Object.keys(def.loadOptions ?? {});
      throw ApiError.badRequest(
        'unknown_load_options',
        `${type} has no options loader '${body.method}'${known.length ? `; it has ${known.join(', ')}` : ''}`,
      );
    }
    const ctx = await this.contexts.build({
      def,
      props: parametersWithDefaults(def.props, body.parameters),
      credentialId: body.credentialId,
      workflowId: body.workflowId ?? 'editor',
      workflowName: 'editor',
      nodeId: body.nodeId ?? 'editor',
      nodeName: def.displayName,
      purpose: 'loadOptions',
    });
    try {
      return await loader(ctx);
    } catch (error) {
      throw new ApiError(
        502,
        'load_options_failed',
        `loading the options failed: ${(error as Error).message}`,
      );
    }
  }
}
