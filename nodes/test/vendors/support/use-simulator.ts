import type { Simulator } from '@ainow/nodes/simulators';

/**
 * Starts a simulator before the tests of a `describe` block and stops it after. Returns a getter
 * because the simulator is created in `beforeAll`.
 *
 * @example
 * const sim = useSimulator(() => createApolloSimulator());
 * it('...', () => fetch(sim().url()));
 */
export function useSimulator<S extends Simulator>(create: () => S): () => S {
  let sim: S | undefined;
  beforeAll(async () => {
    sim = create();
    await sim.start();
  });
  afterAll(async () => {
    await sim?.stop();
  });
  return () => {
    if (!sim)
      throw new Error('useSimulator: the simulator starts in beforeAll; call the getter inside a test');
    return sim;
  };
}

/** A fresh simulator per test (for stateful scenarios such as credits or rate windows). */
export async function withSimulator<S extends Simulator, T>(
  sim: S,
  body: (sim: S) => Promise<T>,
): Promise<T> {
  await sim.start();
  try {
    return await body(sim);
  } finally {
    await sim.stop();
  }
}
