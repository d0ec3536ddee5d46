/**
 * Request checks of the OpenAI simulator: what the real chat-completions endpoint answers with a
 * 400 `invalid_request_error` (vendor-contracts.md section 13.1 and 13.3).
 *
 * @example
 * checkChatRequest({ model: 'gpt-4o-mini', messages: [] });
 * // → { message: "[] is too short - 'messages'", param: 'messages' }
 */
import type { JsonSchema } from './openai-schema-values';

export interface ChatMessage {
  role: string;
  content: string | Array<{ type: string; text?: string }> | null;
  tool_call_id?: string;
}

export interface ChatRequest {
  model: string;
  messages: ChatMessage[];
  temperature?: number;
  max_completion_tokens?: number;
  max_tokens?: number;
  stream?: boolean;
  response_format?: {
    type: 'text' | 'json_object' | 'json_schema';
    json_schema?: { name: string; description?: string; schema?: JsonSchema; strict?: boolean | null };
  };
}

export interface RequestProblem {
  message: string;
  param: string | null;
}

const ROLES = ['developer', 'system', 'user', 'assistant', 'tool'];

/** The first rule a strict structured-output schema breaks (section 13.3), or undefined. */
export function strictSchemaProblem(schema: unknown, path = 'schema', root = schema): string | undefined {
  if (!schema || typeof schema !== 'object') return undefined;
  const node = schema as JsonSchema;
  if (path === 'schema' && node.type !== 'object') {
    return 'Invalid schema for response_format: schema must be a JSON Schema of \'type: "object"\'';
  }
  if (node.patternProperties)
    return `Invalid schema for response_format: 'patternProperties' is not permitted (at ${path})`;
  const type = node.type;
  const isObject = type === 'object' || (Array.isArray(type) && type.includes('object')) || !!node.properties;
  if (isObject) {
    const properties = (node.properties ?? {}) as Record<string, unknown>;
    if (node.additionalProperties !== false) {
      return `Invalid schema for response_format: In context=(${path}), 'additionalProperties' is required to be supplied and to be false`;
    }
    const required = Array.isArray(node.required) ? (node.required as string[]) : [];
    const missing = Object.keys(properties).filter((key) => !required.includes(key));
    if (missing.length) {
      return `Invalid schema for response_format: In context=(${path}), 'required' is required to be supplied and to be an array including every key in properties. Missing '${missing[0]}'`;
    }
    for (const [key, sub] of Object.entries(properties)) {
      const problem = strictSchemaProblem(sub, `${path}, 'properties', '${key}'`, root);
      if (problem) return problem;
    }
  }
  const children: unknown[] = [
    node.items,
    ...((node.anyOf as unknown[]) ?? []),
    ...Object.values((node.$defs as object) ?? {}),
  ];
  for (const child of children) {
    const problem = strictSchemaProblem(child, `${path}, child`, root);
    if (problem) return problem;
  }
  return undefined;
}

function checkMessages(messages: unknown): RequestProblem | undefined {
  if (!Array.isArray(messages))
    return { message: "Missing required parameter: 'messages'.", param: 'messages' };
  if (messages.length === 0) return { message: "[] is too short - 'messages'", param: 'messages' };
  for (const [i, message] of messages.entries()) {
    const m = message as Partial<ChatMessage> | null;
    if (!m || typeof m !== 'object' || !ROLES.includes(String(m.role))) {
      return {
        message: `Invalid value: '${m?.role}'. Supported values are: ${ROLES.map((r) => `'${r}'`).join(', ')}.`,
        param: `messages[${i}].role`,
      };
    }
    const content = m.content;
    const contentOk =
      typeof content === 'string' ||
      (Array.isArray(content) &&
        content.every((p) => p && typeof p === 'object' && typeof p.type === 'string')) ||
      (content === null && m.role === 'assistant');
    if (!contentOk) {
      return {
        message: `Invalid type for 'messages[${i}].content': expected a string or an array of content parts.`,
        param: `messages[${i}].content`,
      };
    }
    if (m.role === 'tool' && !m.tool_call_id) {
      return {
        message: `Missing required parameter: 'messages[${i}].tool_call_id'.`,
        param: `messages[${i}].tool_call_id`,
      };
    }
  }
  return undefined;
}

/** Checks a chat-completions body the way the real API does; undefined when it is acceptable. */
export function checkChatRequest(body: unknown): RequestProblem | undefined {
  if (!body || typeof body !== 'object' || '__invalidJson' in body) {
    return { message: 'We could not parse the JSON body of your request.', param: null };
  }
  const request = body as Partial<ChatRequest>;
  if (typeof request.model !== 'string' || !request.model) {
    return { message: 'you must provide a model parameter', param: null };
  }
  const messagesProblem = checkMessages(request.messages);
  if (messagesProblem) return messagesProblem;
  if (
    request.temperature !== undefined &&
    !(typeof request.temperature === 'number' && request.temperature >= 0 && request.temperature <= 2)
  ) {
    return {
      message: `Invalid 'temperature': decimal above maximum value. Expected a value <= 2, but got ${request.temperature} instead.`,
      param: 'temperature',
    };
  }
  for (const key of ['max_completion_tokens', 'max_tokens'] as const) {
    const value = request[key];
    if (value !== undefined && !(Number.isInteger(value) && value > 0)) {
      return {
        message: `Invalid '${key}': integer below minimum value. Expected a value >= 1, but got ${value} instead.`,
        param: key,
      };
    }
  }
  const format = request.response_format;
  if (format && !['text', 'json_object', 'json_schema'].includes(format.type)) {
    return {
      message: `Invalid value: '${format.type}'. Supported values are: 'text', 'json_object', and 'json_schema'.`,
      param: 'response_format.type',
    };
  }
  if (format?.type === 'json_schema') {
    const spec = format.json_schema;
    if (!spec || typeof spec.name !== 'string' || !/^[a-zA-Z0-9_-]{1,64}$/.test(spec.name)) {
      return {
        message:
          "Missing or invalid 'response_format.json_schema.name': use a-z, A-Z, 0-9, underscores and dashes, at most 64 characters.",
        param: 'response_format',
      };
    }
    if (spec.strict) {
      const problem = strictSchemaProblem(spec.schema ?? {});
      if (problem) return { message: problem, param: 'response_format' };
    }
  }
  if (format?.type === 'json_object') {
    const mentionsJson = (request.messages ?? []).some((m) =>
      JSON.stringify(m.content ?? '')
        .toLowerCase()
        .includes('json'),
    );
    if (!mentionsJson) {
      return {
        message:
          "'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'.",
        param: 'messages',
      };
    }
  }
  return undefined;
}
