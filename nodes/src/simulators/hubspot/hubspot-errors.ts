import { randomUUID } from 'node:crypto';
import type { SimResponse } from '../kit';

/**
 * HubSpot's error envelope (`ModelError`, vendor-contracts.md 10.3):
 * `{ status: 'error', message, correlationId, category, errors?, context? }`.
 */
export interface PropertyProblem {
  name: string;
  error: string;
  message: string;
}

export function hubspotError(
  status: number,
  category: string,
  message: string,
  extra: Record<string, unknown> = {},
): SimResponse {
  return { status, body: { status: 'error', message, correlationId: randomUUID(), category, ...extra } };
}

/** 400 VALIDATION_ERROR listing bad property values the way HubSpot does. */
export function propertyError(problems: PropertyProblem[]): SimResponse {
  const detail = problems.map((p) => ({
    isValid: false,
    message: p.message,
    error: p.error,
    name: p.name,
    localizedErrorMessage: p.message,
  }));
  return hubspotError(400, 'VALIDATION_ERROR', `Property values were not valid: ${JSON.stringify(detail)}`, {
    errors: problems.map((p) => ({ message: p.message, code: p.error, context: { propertyName: [p.name] } })),
  });
}

export const notFound = (objectType: string, id: string) =>
  hubspotError(
    404,
    'OBJECT_NOT_FOUND',
    `Object not found. objectId are usually numeric. (${objectType} ${id})`,
  );
