import { missingCredentialProblems } from '../../src/store/missing-credential-problems';
import { sampleWorkflow } from '../fixtures';

describe('missingCredentialProblems', () => {
  const workflow = sampleWorkflow();
  workflow.nodes.push({
    id: 'a',
    name: 'Find',
    type: 'apollo.searchPeople',
    version: 1,
    position: { x: 0, y: 0 },
    parameters: {},
    credentials: { apollo: 'cred_apollo' },
  });

  it.each([
    ['credentials not loaded yet', null, 0],
    ['the credential exists', new Set(['cred_apollo']), 0],
    ['the credential is a placeholder', new Set(['other']), 1],
  ])('%s → %i problem(s)', (_label, known, count) => {
    const problems = missingCredentialProblems(workflow, known);
    expect(problems).toHaveLength(count);
    if (count)
      expect(problems[0]).toMatchObject({
        nodeId: 'a',
        severity: 'warning',
        path: '$.nodes[3].credentials.apollo',
      });
  });
});
