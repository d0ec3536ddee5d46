import { defineNode, NodeError, Prop } from '@ainow/engine/sdk';
import { dataPath, salesforceRequest } from '../client';
import { salesforceNodeBase } from './record-operations';

/**
 * Salesforce › Composite request: up to 25 REST sub-requests in one call, later ones using
 * earlier results through `@{referenceId.field}` (vendor-contracts §11.2). URLs may be given
 * relative to the API version (`/sobjects/Account`). With "all or none", a failure rolls every
 * change back and the step fails with the first real error.
 *
 * @example
 * { "type": "salesforce.compositeRequest", "parameters": { "requests": [
 *   { "method": "POST", "url": "/sobjects/Account", "referenceId": "acct", "body": { "Name": "{{ $json.company }}" } },
 *   { "method": "POST", "url": "/sobjects/Contact", "referenceId": "c", "body": { "LastName": "{{ $json.last_name }}", "AccountId": "@{acct.id}" } } ] } }
 */
interface SubRequest {
  method: string;
  url: string;
  referenceId: string;
  body?: unknown;
}

interface SubResponse {
  body: unknown;
  httpStatusCode: number;
  referenceId: string;
}

function subRequests(value: unknown): SubRequest[] {
  const list = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
  if (!Array.isArray(list) || list.length === 0 || list.length > 25) {
    throw new NodeError('Salesforce › Requests must be a list of 1 to 25 sub-requests.', {
      code: 'invalid_props',
    });
  }
  return list.map((entry, i) => {
    const sub = entry as Partial<SubRequest>;
    if (!sub.method || !sub.url || !sub.referenceId) {
      throw new NodeError(
        `Salesforce › Requests, entry ${i + 1}: method, url and referenceId are required.`,
        { code: 'invalid_props' },
      );
    }
    return sub as SubRequest;
  });
}

export const salesforceCompositeRequest = defineNode({
  ...salesforceNodeBase,
  type: 'salesforce.compositeRequest',
  version: 1,
  displayName: 'Salesforce: composite request',
  description:
    'Runs up to 25 Salesforce REST requests in one call, chaining results with @{reference.field}.',
  docsUrl:
    'https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_composite_composite.htm',
  effect: 'write',
  props: {
    requests: Prop.json({
      label: 'Requests',
      required: true,
      help: 'A list of { method, url, referenceId, body }.',
    }),
    allOrNone: Prop.boolean({
      label: 'All or none',
      default: true,
      help: 'Roll everything back when one request fails.',
    }),
  },
  outputSample: {
    allSucceeded: true,
    compositeResponse: [
      {
        body: { id: '0015e00000AbCdEAAV', success: true, errors: [] },
        httpStatusCode: 201,
        referenceId: 'acct',
      },
    ],
  },
  async runItem(ctx) {
    const version = dataPath(ctx, '/').replace(/\/$/, '');
    const compositeRequest = subRequests(ctx.props.requests).map((sub) => ({
      ...sub,
      method: sub.method.toUpperCase(),
      url: sub.url.startsWith('/services/')
        ? sub.url
        : `${version}${sub.url.startsWith('/') ? '' : '/'}${sub.url}`,
    }));
    const allOrNone = ctx.props.allOrNone ?? true;
    const res = await salesforceRequest<{ compositeResponse: SubResponse[] }>(
      ctx,
      { method: 'POST', url: dataPath(ctx, '/composite'), body: { allOrNone, compositeRequest } },
      'run the composite request',
    );
    const responses = res.body.compositeResponse;
    const failed = responses.filter((r) => r.httpStatusCode >= 400);
    if (allOrNone && failed.length) {
      const cause = failed.find((r) => !JSON.stringify(r.body).includes('PROCESSING_HALTED')) ?? failed[0];
      const error = (Array.isArray(cause.body) ? cause.body[0] : cause.body) as
        { message?: string; errorCode?: string } | undefined;
      throw new NodeError(
        `Salesforce rolled the composite request back: "${cause.referenceId}" failed with ${error?.errorCode ?? cause.httpStatusCode}: ${error?.message ?? 'no details'}`,
        { code: 'invalid_field', description: JSON.stringify(responses) },
      );
    }
    return { json: { allSucceeded: failed.length === 0, compositeResponse: responses } };
  },
});
