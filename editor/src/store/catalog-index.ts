import type {
  CredentialDescription,
  NodeCatalog,
  NodeDescription,
  NodeRegistryLike,
  WorkflowNode,
} from '@ainow/engine/workflow';

/**
 * The node catalog indexed for the editor: look-ups by type, ports of a node with its current
 * parameters (Switch gains a port per rule; `onError: "route"` adds `error`), and a registry for
 * the engine's `validateWorkflow` built from the JSON descriptions.
 *
 * @example
 * const index = indexCatalog(await api.nodeTypes());
 * index.portsOf(node); // { inputs: ['main'], outputs: ['true', 'false'] }
 */
export interface CatalogIndex {
  nodes: NodeDescription[];
  credentials: CredentialDescription[];
  byType: Map<string, NodeDescription>;
  credentialType(name: string): CredentialDescription | undefined;
  describe(type: string): NodeDescription | undefined;
  portsOf(node: Pick<WorkflowNode, 'type' | 'parameters' | 'onError'>): {
    inputs: string[];
    outputs: string[];
  };
  registry: NodeRegistryLike;
}

function ruleNames(rules: unknown): string[] {
  const list = Array.isArray(rules) ? rules : [];
  return list.map((rule, i) => {
    const name = rule && typeof rule === 'object' ? (rule as { name?: unknown }).name : undefined;
    return typeof name === 'string' && name.trim() ? name.trim() : `rule ${i + 1}`;
  });
}

/** Ports computed from props for the node types whose ports depend on them. */
function dynamicOutputs(desc: NodeDescription, params: Record<string, unknown>): string[] {
  if ('rules' in desc.props) {
    const names = ruleNames(params.rules ?? desc.defaults.rules);
    const fallback = params.fallback ?? desc.defaults.fallback;
    return fallback === false ? names : [...names, 'fallback'];
  }
  return desc.outputs;
}

export function indexCatalog(catalog: NodeCatalog): CatalogIndex {
  const byType = new Map<string, NodeDescription>();
  const versions = new Map<string, number[]>();
  for (const node of catalog.nodes) {
    const current = byType.get(node.type);
    if (!current || current.version < node.version) byType.set(node.type, node);
    versions.set(node.type, [...(versions.get(node.type) ?? []), node.version]);
  }
  const exact = new Map(catalog.nodes.map((n) => [`${n.type}@${n.version}`, n]));
  const portsOf: CatalogIndex['portsOf'] = (node) => {
    const desc = byType.get(node.type);
    if (!desc) return { inputs: ['main'], outputs: ['main'] };
    const params = node.parameters ?? {};
    const outputs = desc.dynamicOutputs ? dynamicOutputs(desc, params) : desc.outputs;
    return {
      inputs: desc.inputs,
      outputs: node.onError === 'route' && !outputs.includes('error') ? [...outputs, 'error'] : outputs,
    };
  };
  const registry: NodeRegistryLike = {
    versionsOf: (type) => versions.get(type) ?? [],
    get(type, version) {
      const desc = exact.get(`${type}@${version}`);
      if (!desc) return undefined;
      const definition = {
        ...desc,
        effect: desc.effect === 'dynamic' ? 'read' : desc.effect,
        inputs: desc.inputs,
        outputs: desc.dynamicOutputs
          ? (params: Record<string, unknown>) => dynamicOutputs(desc, params)
          : desc.outputs,
        runItem: async () => null,
      };
      return definition as unknown as ReturnType<NodeRegistryLike['get']>;
    },
  };
  return {
    nodes: catalog.nodes.filter((n) => byType.get(n.type) === n),
    credentials: catalog.credentials,
    byType,
    credentialType: (name) => catalog.credentials.find((c) => c.name === name),
    describe: (type) => byType.get(type),
    portsOf,
    registry,
  };
}
