import { ApiError } from '../../src/api/http-client';
import { loadOptionsMessage } from '../../src/fields/use-loaded-options';

describe('why vendor choices could not be loaded', () => {
  it.each([
    [
      'a server without the endpoint',
      new ApiError(404, 'not_found', 'POST /api/v1/node-types/x/1/load-options does not exist'),
      /cannot load them from the vendor; type the value/,
    ],
    [
      'a credential that is gone',
      new ApiError(404, 'not_found', "credential 'c1' does not exist"),
      /credential 'c1' does not exist/,
    ],
    [
      'the vendor refusing',
      new ApiError(502, 'load_options_failed', 'loading the options failed: 401 from HubSpot'),
      /401 from HubSpot/,
    ],
    [
      'a node without that loader',
      new ApiError(400, 'unknown_load_options', "x has no options loader 'y'"),
      /no options loader/,
    ],
  ])('%s', (_label, error, message) => {
    expect(loadOptionsMessage(error)).toMatch(message);
  });
});
