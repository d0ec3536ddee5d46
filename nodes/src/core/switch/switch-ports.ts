/**
 * Switch's output ports come from its rules: one per rule name, then `fallback` when on. Names
 * are taken literally (not expressions) because ports must be known before anything runs.
 *
 * @example
 * switchPorts({ rules: [{ name: 'hot' }, { name: '' }], fallback: true }); // ['hot', 'rule 2', 'fallback']
 */
export const FALLBACK_PORT = 'fallback';

export function ruleNames(rules: unknown): string[] {
  const list = Array.isArray(rules) ? rules : [];
  return list.map((rule, i) => {
    const name = rule && typeof rule === 'object' ? (rule as { name?: unknown }).name : undefined;
    return typeof name === 'string' && name.trim() ? name.trim() : `rule ${i + 1}`;
  });
}

export function switchPorts(props: Record<string, unknown>): string[] {
  const names = ruleNames(props.rules);
  return props.fallback === false ? names : [...names, FALLBACK_PORT];
}

/** Problems with rule names: duplicates and clashes with the fallback port. */
export function validateRuleNames(props: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const name of ruleNames(props.rules)) {
    if (seen.has(name)) problems.push(`two rules are named '${name}'; give each rule its own name`);
    seen.add(name);
    if (name === FALLBACK_PORT && props.fallback !== false) {
      problems.push(`a rule is named '${FALLBACK_PORT}', which is the fallback port; rename the rule`);
    }
  }
  return problems;
}
