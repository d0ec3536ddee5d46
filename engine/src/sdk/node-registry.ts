import type { AnyNodeDefinition } from './node-definition';
import type { CredentialType } from './credential-type';

/**
 * Node types by `type` and `version`. Every published version stays loadable; a saved workflow
 * pins the version it was built with.
 *
 * @example
 * const registry = new NodeRegistry().add(manualTrigger).add(setNode);
 * registry.get('core.set', 1);
 */
export class NodeRegistry {
  private readonly nodes = new Map<string, Map<number, AnyNodeDefinition>>();
  private readonly credentials = new Map<string, CredentialType>();

  add(definition: AnyNodeDefinition): this {
    let versions = this.nodes.get(definition.type);
    if (!versions) this.nodes.set(definition.type, (versions = new Map()));
    if (versions.has(definition.version)) {
      throw new Error(`node type ${definition.type} version ${definition.version} is registered twice`);
    }
    versions.set(definition.version, definition);
    return this;
  }

  addCredential(type: CredentialType): this {
    this.credentials.set(type.name, type);
    return this;
  }

  get(type: string, version: number): AnyNodeDefinition | undefined {
    return this.nodes.get(type)?.get(version);
  }

  versionsOf(type: string): number[] {
    return [...(this.nodes.get(type)?.keys() ?? [])].sort((a, b) => a - b);
  }

  credential(name: string): CredentialType | undefined {
    return this.credentials.get(name);
  }

  all(): AnyNodeDefinition[] {
    return [...this.nodes.values()].flatMap((versions) => [...versions.values()]);
  }

  allCredentials(): CredentialType[] {
    return [...this.credentials.values()];
  }
}
