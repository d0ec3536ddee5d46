import type { SimRequest } from '../kit';

/**
 * Reads Mailgun's form bodies, `multipart/form-data` (what mailgun.js sends) or
 * `x-www-form-urlencoded`, into repeated-name lists; files become `{ filename, size }` notes.
 *
 * @example
 * const fields = await formFields(req); fields.get('to'); // ['ada@example.com', 'grace@example.com']
 */
export type FormFields = Map<string, string[]>;

export interface AttachedFile {
  field: string;
  filename: string;
  size: number;
}

export async function formFields(
  request: SimRequest,
): Promise<{ fields: FormFields; files: AttachedFile[] }> {
  const fields: FormFields = new Map();
  const files: AttachedFile[] = [];
  const add = (name: string, value: string) => fields.set(name, [...(fields.get(name) ?? []), value]);
  const contentType = request.headers['content-type'] ?? '';
  if (contentType.includes('multipart/form-data')) {
    const form = await new Response(new Uint8Array(request.rawBody), {
      headers: { 'content-type': contentType },
    }).formData();
    for (const [name, value] of form) {
      if (typeof value === 'string') add(name, value);
      else files.push({ field: name, filename: value.name, size: value.size });
    }
    return { fields, files };
  }
  // Loosely: anything else is read as URL-encoded text.
  for (const [name, value] of new URLSearchParams(request.rawBody.toString('utf8'))) add(name, value);
  return { fields, files };
}

/** Splits `to`-style fields that may be repeated and comma-separated. */
export function addressList(values: string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}
