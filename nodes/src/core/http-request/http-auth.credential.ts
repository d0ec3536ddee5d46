import { Prop, defineCredential, type CredentialType, type HttpRequest } from '@ainow/engine/sdk';

/**
 * A generic credential for the HTTP Request node: a bearer token, a token in a header of your
 * choice, basic auth, or a key in the query string. The runtime applies it to every request the
 * node sends (and to none when the node has no credential).
 *
 * @example
 * httpAuthCredential.authenticate!({ authType: 'bearer', token: 't0k' }, { url: 'https://api.example.com' }, helpers);
 * // headers: { authorization: 'Bearer t0k' }
 */
export const httpAuthCredential: CredentialType = defineCredential({
  name: 'httpAuth',
  displayName: 'HTTP authentication',
  fields: {
    authType: Prop.options({
      label: 'Type',
      default: 'bearer',
      options: [
        { value: 'bearer', label: 'Bearer token' },
        { value: 'header', label: 'Token in a header' },
        { value: 'basic', label: 'Basic auth' },
        { value: 'query', label: 'Key in the query string' },
      ],
    }),
    token: Prop.text({
      label: 'Token or key',
      secret: true,
      showIf: { authType: ['bearer', 'header', 'query'] },
    }),
    headerName: Prop.text({ label: 'Header name', default: 'X-API-Key', showIf: { authType: ['header'] } }),
    queryName: Prop.text({ label: 'Query parameter', default: 'api_key', showIf: { authType: ['query'] } }),
    username: Prop.text({ label: 'User name', showIf: { authType: ['basic'] } }),
    password: Prop.text({ label: 'Password', secret: true, showIf: { authType: ['basic'] } }),
  },
  authenticate(values, request): HttpRequest {
    const text = (key: string) => (typeof values[key] === 'string' ? (values[key] as string) : '');
    switch (values.authType ?? 'bearer') {
      case 'header':
        return {
          ...request,
          headers: { ...request.headers, [text('headerName') || 'X-API-Key']: text('token') },
        };
      case 'basic': {
        const encoded = Buffer.from(`${text('username')}:${text('password')}`).toString('base64');
        return { ...request, headers: { ...request.headers, authorization: `Basic ${encoded}` } };
      }
      case 'query':
        return { ...request, query: { ...request.query, [text('queryName') || 'api_key']: text('token') } };
      default:
        return { ...request, headers: { ...request.headers, authorization: `Bearer ${text('token')}` } };
    }
  },
});
