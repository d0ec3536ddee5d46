import { ApiError } from '../../src/api/http-client';
import { runBodyOf, runButtonLabel, startFailureMessage, testStepLabel } from '../../src/run/run-options';

describe('the body of a run for the switches', () => {
  it.each([
    ['a plain run sends nothing extra', {}, {}],
    ['sandbox only', { sandbox: true, dryRun: false }, { sandbox: true }],
    ['dry run only', { dryRun: true }, { dryRun: true }],
    [
      'a test step in the sandbox, dry',
      { destinationNodeId: 'n1', dryRun: true, sandbox: true },
      { destinationNodeId: 'n1', dryRun: true, sandbox: true },
    ],
  ])('%s', (_label, switches, body) => {
    expect(runBodyOf(switches)).toEqual(body);
  });
});

describe('the Run and Test step buttons say what they start', () => {
  it.each([
    [{ live: false, dryRun: false, sandbox: false }, '▶ Run workflow'],
    [{ live: false, dryRun: false, sandbox: true }, '▶ Run in sandbox'],
    [{ live: false, dryRun: true, sandbox: false }, '▶ Dry run'],
    [{ live: false, dryRun: true, sandbox: true }, '▶ Dry run in sandbox'],
    [{ live: true, status: 'running', dryRun: false, sandbox: true }, '◌ Running…'],
    [{ live: true, status: 'waiting', dryRun: false, sandbox: true }, '‖ Waiting…'],
  ])('%j → %s', (state, label) => {
    expect(runButtonLabel(state)).toBe(label);
  });

  it.each([
    [false, false, '▶ Test step'],
    [false, true, '▶ Test step (sandbox)'],
    [true, false, '▶ Test step (dry run)'],
    [true, true, '▶ Test step (dry run, sandbox)'],
  ])('test step, dry run %s, sandbox %s → %s', (dryRun, sandbox, label) => {
    expect(testStepLabel({ dryRun, sandbox })).toBe(label);
  });
});

describe('why a run could not start', () => {
  it.each([
    [
      'a server that refuses sandbox runs shows its message',
      new ApiError(400, 'invalid_body', 'sandbox: Unrecognized key'),
      true,
      'Could not start the sandbox run: sandbox: Unrecognized key',
    ],
    [
      'a 400 of a plain run is a plain failure',
      new ApiError(400, 'unknown_node', "workflow 'W' has no node with id 'x'"),
      false,
      "Could not start the run: workflow 'W' has no node with id 'x'",
    ],
    [
      'a sandbox run that fails for another reason',
      new ApiError(0, 'network', 'The server could not be reached'),
      true,
      'Could not start the run: The server could not be reached',
    ],
  ])('%s', (_label, error, sandbox, message) => {
    expect(startFailureMessage(error, sandbox)).toBe(message);
  });
});
