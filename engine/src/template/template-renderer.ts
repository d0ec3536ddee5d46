import Handlebars from 'handlebars';
import { templateHelpers } from './template-helpers';
import type { TemplateData } from './template-data';

/**
 * Renders a Handlebars template (email subject and body, SMS text, AI prompts) with a private
 * Handlebars instance: only our helpers, no partials, prototype access disabled (the Handlebars
 * default, never switched on). Compiled templates are cached by source.
 *
 * Output is plain text: values are NOT HTML-escaped (`noEscape`), because most templates are
 * text for SMS, prompts and plain emails, where `&amp;` would be a bug. Pass `escapeHtml: true`
 * for HTML email bodies; `{{{triple}}}` then still writes raw HTML.
 *
 * @example
 * renderTemplate('Hi {{first_name}} from {{nodes.[Apollo search].json.company}}', data, {
 *   where: 'Send email › body, item 3',
 * });
 */
export interface RenderTemplateOptions {
  /** Where the template is, for error messages: "Send email › body, item 3". */
  where?: string;
  escapeHtml?: boolean;
}

export class TemplateError extends Error {
  constructor(
    message: string,
    readonly where: string | undefined,
  ) {
    super(message);
    this.name = 'TemplateError';
  }
}

const handlebars = Handlebars.create();
handlebars.registerHelper(templateHelpers);
// `log` would write template data to the server console (also marked unknown when compiling).
handlebars.unregisterHelper('log');

const cache = new Map<string, Handlebars.TemplateDelegate>();
const CACHE_LIMIT = 2000;

export function renderTemplate(
  template: string,
  data: TemplateData,
  options: RenderTemplateOptions = {},
): string {
  const escapeHtml = options.escapeHtml ?? false;
  const key = `${escapeHtml ? 'h' : 't'}:${template}`;
  try {
    let compiled = cache.get(key);
    if (compiled === undefined) {
      compiled = handlebars.compile(template, {
        noEscape: !escapeHtml,
        strict: false,
        knownHelpers: { log: false },
      });
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(key, compiled);
    }
    return compiled(
      { ...data.json, nodes: data.nodes ?? {}, vars: data.vars ?? {} },
      {
        data: { json: data.json, itemIndex: data.itemIndex ?? 0, timezone: data.timezone ?? 'UTC' },
        allowProtoMethodsByDefault: false,
        allowProtoPropertiesByDefault: false,
      },
    );
  } catch (error) {
    cache.delete(key);
    const message = error instanceof Error ? error.message : String(error);
    const where = options.where ? `${options.where}: ` : '';
    throw new TemplateError(`${where}template error: ${message.replace(/\s+$/, '')}`, options.where);
  }
}
