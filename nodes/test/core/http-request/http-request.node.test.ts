import { effectOf, type CredentialHelpers } from '@ainow/engine/sdk';
import { runNode } from '@ainow/engine/testing';
import { httpAuthCredential, httpRequest } from '@ainow/nodes/core';
import { localHttpClient } from './support/local-http-client';
import { PNG, RECORDS, startTestApi } from './support/test-api.server';

let api: Awaited<ReturnType<typeof startTestApi>>;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

async function call(props: Record<string, unknown>, items = [{ json: {} }]) {
  const http = localHttpClient(api.url);
  const out = await runNode(httpRequest, { props: { ...props, url: `${api.url}${props.url}` }, items, http });
  return { out, requests: http.requests, json: out.main.map((item) => item.json) };
}

describe('core.httpRequest', () => {
  it('sends query and headers, asks for the private-network guard, and pairs the output', async () => {
    const { json, requests, out } = await call({
      url: '/echo',
      query: { status: 'new', n: 2 },
      headers: { 'X-Custom': 'yes' },
    });
    expect(json[0]).toMatchObject({
      method: 'GET',
      query: { status: 'new', n: '2' },
      custom: 'yes',
      body: '',
    });
    expect(requests[0]).toMatchObject({ method: 'GET', guardPrivateNetworks: true, timeoutMs: undefined });
    expect(out.main[0].pairedItem).toEqual({ item: 0 });
  });

  it.each([
    [
      'json object',
      { bodyType: 'json', body: { email: 'a@x.co' } },
      'application/json',
      '{"email":"a@x.co"}',
    ],
    ['json text', { bodyType: 'json', body: '{"email":"a@x.co"}' }, 'application/json', '{"email":"a@x.co"}'],
    [
      'form',
      { bodyType: 'form', body: { email: 'a@x.co', n: '1' } },
      'application/x-www-form-urlencoded',
      'email=a%40x.co&n=1',
    ],
    ['raw', { bodyType: 'raw', body: 'hello' }, 'text/plain', 'hello'],
  ])('POSTs a %s body', async (_name, props, contentType, body) => {
    const { json } = await call({ method: 'POST', url: '/echo', ...props });
    expect(json[0]).toMatchObject({ method: 'POST', contentType, body });
  });

  it.each([
    [{ url: '/list' }, [{ id: 1 }, { id: 2 }, { value: 'three' }]],
    [{ url: '/list', options: { splitArrays: false } }, [{ data: [{ id: 1 }, { id: 2 }, 'three'] }]],
    [{ url: '/text' }, [{ data: 'plain words' }]],
    [{ url: '/text', responseType: 'text' }, [{ data: 'plain words' }]],
  ])('turns %j into items', async (props, expected) => {
    const { json, out } = await call(props);
    expect(json).toEqual(expected);
    expect(out.main.every((item) => JSON.stringify(item.pairedItem) === '{"item":0}')).toBe(true);
  });

  it('includes status and headers with fullResponse', async () => {
    const { json } = await call({ url: '/text', options: { fullResponse: true } });
    expect(json[0]).toMatchObject({
      status: 200,
      body: 'plain words',
      headers: { 'content-type': 'text/plain' },
    });
  });

  it('downloads a file as binary', async () => {
    const { out } = await call({ url: '/file', responseType: 'binary', options: { binaryField: 'logo' } });
    expect(out.main[0].json).toEqual({ mimeType: 'image/png', fileSize: PNG.length, fileName: 'logo.png' });
    expect(out.main[0].binary?.logo).toEqual({
      data: PNG.toString('base64'),
      mimeType: 'image/png',
      fileSize: PNG.length,
      fileName: 'logo.png',
    });
  });

  it('fails on HTTP errors unless told to carry on', async () => {
    await expect(call({ url: '/fail' })).rejects.toThrow(/answered 422/);
    const { json } = await call({ url: '/fail', options: { ignoreHttpErrors: true } });
    expect(json[0]).toMatchObject({ status: 422, body: { message: 'email is invalid' } });
  });

  it.each([
    ['offset', { url: '/offset', pagination: { mode: 'offset', pageSize: 10, itemsPath: 'data' } }, 3],
    [
      'page',
      {
        url: '/pages',
        pagination: { mode: 'page', limitParam: 'per_page', pageSize: 10, itemsPath: 'results' },
      },
      3,
    ],
    [
      'cursor',
      {
        url: '/cursor',
        pagination: { mode: 'cursor', cursorParam: 'after', cursorPath: 'paging.next', itemsPath: 'items' },
      },
      3,
    ],
    [
      'next URL in the body',
      { url: '/next', pagination: { mode: 'nextUrl', nextUrlPath: 'links.next', itemsPath: 'items' } },
      3,
    ],
    ['Link header', { url: '/link', pagination: { mode: 'nextUrl' } }, 3],
  ])('collects every page: %s', async (_name, props, pages) => {
    const { json, requests } = await call(props);
    expect(json).toEqual(RECORDS);
    expect(requests).toHaveLength(pages);
  });

  it.each([
    [
      'maxPages',
      { url: '/offset', pagination: { mode: 'offset', pageSize: 5, itemsPath: 'data', maxPages: 2 } },
      2,
    ],
    [
      'a repeated next URL',
      { url: '/forever', pagination: { mode: 'nextUrl', nextUrlPath: 'next', itemsPath: 'items' } },
      2,
    ],
  ])('stops at %s', async (_name, props, pages) => {
    const { requests } = await call(props);
    expect(requests).toHaveLength(pages);
  });

  it('calls once per item with its own values', async () => {
    const http = localHttpClient(api.url);
    const out = await runNode(httpRequest, {
      propsPerItem: ['a', 'b'].map((tag) => ({ url: `${api.url}/echo`, query: { tag } })),
      items: [{ json: {} }, { json: {} }],
      http,
    });
    expect(out.main.map((item) => (item.json.query as { tag: string }).tag)).toEqual(['a', 'b']);
    expect(out.main.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
  });

  it.each([
    [{ url: '/echo', method: 'POST', body: '{oops' }, /not valid JSON/],
    [{ url: '/echo', method: 'POST', bodyType: 'form', body: 'a=1' }, /form body must be an object/],
    [{ url: '/echo', method: 'FETCH' }, /unknown method 'FETCH'/],
  ])('explains %j', async (props, message) => {
    await expect(call(props)).rejects.toThrow(message);
  });

  it.each([
    ['GET', 'read'],
    ['head', 'read'],
    ['OPTIONS', 'read'],
    ['POST', 'write'],
    ['DELETE', 'write'],
  ])('%s is a %s', (method, effect) => {
    expect(effectOf(httpRequest, { method })).toBe(effect);
  });
});

describe('httpAuth credential', () => {
  const helpers = {} as CredentialHelpers;
  it.each([
    [{ authType: 'bearer', token: 't' }, { headers: { authorization: 'Bearer t' } }],
    [{ authType: 'header', headerName: 'X-Key', token: 't' }, { headers: { 'X-Key': 't' } }],
    [
      { authType: 'basic', username: 'u', password: 'p' },
      { headers: { authorization: `Basic ${btoa('u:p')}` } },
    ],
    [{ authType: 'query', queryName: 'key', token: 't' }, { query: { key: 't' } }],
  ])('%j authenticates the request', async (values, expected) => {
    expect(await httpAuthCredential.authenticate!(values, { url: '/x' }, helpers)).toMatchObject(expected);
  });

  it('marks the secret fields', () => {
    expect(httpAuthCredential.secretFields).toEqual(['token', 'password']);
  });
});
