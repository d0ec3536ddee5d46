/**
 * Checks a `POST /v3/mail/send` body the way SendGrid does (vendor-contracts §7.1) and returns
 * every problem at once, in SendGrid's `{ message, field, help }` shape.
 *
 * @example
 * validateMailSend({ from: { email: 'a@b.co' } }, new Set()); // [{ field: 'personalizations', ... }]
 */
export interface SendGridFieldError {
  message: string;
  field: string | null;
  help: string | null;
}

const HELP = 'http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function checkCustomArgs(args: unknown, field: string, errors: SendGridFieldError[]): void {
  if (args === undefined) return;
  if (!isObject(args)) {
    errors.push({
      message: `Invalid type. Expected: object, given: ${typeName(args)}.`,
      field,
      help: `${HELP}#message.custom_args`,
    });
    return;
  }
  for (const [key, value] of Object.entries(args)) {
    if (typeof value !== 'string') {
      errors.push({
        message: `Invalid type. Expected: string, given: ${typeName(value)}.`,
        field: `${field}.${key}`,
        help: `${HELP}#message.custom_args`,
      });
    }
  }
}

function checkAddresses(
  list: unknown,
  field: string,
  seen: Set<string>,
  errors: SendGridFieldError[],
): number {
  if (list === undefined) return 0;
  if (!Array.isArray(list)) {
    errors.push({ message: `Invalid type. Expected: array, given: ${typeName(list)}.`, field, help: null });
    return 0;
  }
  list.forEach((entry, i) => {
    const email = isObject(entry) ? entry.email : undefined;
    if (typeof email !== 'string' || !EMAIL.test(email)) {
      errors.push({
        message: 'Does not contain a valid address.',
        field: `${field}.${i}.email`,
        help: `${HELP}#message.personalizations.to`,
      });
      return;
    }
    const key = email.toLowerCase();
    if (seen.has(key)) {
      errors.push({
        message: `Each email address in the personalization block should be unique between to, cc, and bcc. We found the first duplicate instance of [${email}] in the ${field} field.`,
        field: field.split('.').slice(0, 2).join('.'),
        help: `${HELP}#message.recipient_errors`,
      });
    }
    seen.add(key);
  });
  return list.length;
}

export function validateMailSend(body: unknown, templateIds: ReadonlySet<string>): SendGridFieldError[] {
  const errors: SendGridFieldError[] = [];
  if (!isObject(body)) {
    return [{ message: 'Bad Request', field: null, help: null }];
  }
  const personalizations = body.personalizations;
  if (!Array.isArray(personalizations) || personalizations.length === 0) {
    errors.push({
      message: 'The personalizations field is required and must have at least one personalization.',
      field: 'personalizations',
      help: `${HELP}#-Personalizations-Errors`,
    });
  }
  let recipients = 0;
  const list: unknown[] = Array.isArray(personalizations) ? personalizations : [];
  list.forEach((p, i) => {
    const at = `personalizations.${i}`;
    const entry = isObject(p) ? p : {};
    if (!Array.isArray(entry.to) || entry.to.length === 0) {
      errors.push({
        message:
          'The to array is required for all personalization objects, and must have at least one email object with a valid email address.',
        field: `${at}.to`,
        help: `${HELP}#message.personalizations.to`,
      });
    }
    const seen = new Set<string>();
    for (const kind of ['to', 'cc', 'bcc'])
      recipients += checkAddresses(entry[kind], `${at}.${kind}`, seen, errors);
    checkCustomArgs(entry.custom_args, `${at}.custom_args`, errors);
    if (entry.dynamic_template_data !== undefined && !isObject(entry.dynamic_template_data)) {
      errors.push({
        message: 'Invalid type. Expected: object.',
        field: `${at}.dynamic_template_data`,
        help: null,
      });
    }
  });
  if (recipients > 1000) {
    errors.push({
      message: 'The total number of recipients must be no more than 1000.',
      field: 'personalizations',
      help: null,
    });
  }
  const from = isObject(body.from) ? body.from : undefined;
  if (!from || typeof from.email !== 'string' || !EMAIL.test(from.email)) {
    errors.push({
      message:
        'The from object must be provided for every email send. It is an object that requires the email parameter, but may also contain a name parameter.',
      field: 'from.email',
      help: `${HELP}#message.from`,
    });
  }
  const templateId = typeof body.template_id === 'string' ? body.template_id : undefined;
  if (templateId !== undefined && !templateIds.has(templateId)) {
    errors.push({
      message: 'The template_id is not a valid template ID.',
      field: 'template_id',
      help: `${HELP}#message.template_id`,
    });
  }
  const everySubject =
    list.length > 0 && list.every((p) => isObject(p) && typeof p.subject === 'string' && p.subject);
  if (!templateId && !everySubject && (typeof body.subject !== 'string' || body.subject === '')) {
    errors.push({
      message:
        'The subject is required. You can get around this requirement if you use a template with a subject defined or if every personalization has a subject defined.',
      field: 'subject',
      help: `${HELP}#message.subject`,
    });
  }
  const content = Array.isArray(body.content) ? body.content : [];
  if (!templateId && content.length === 0) {
    errors.push({
      message:
        'Unless a valid template_id is provided, the content parameter is required. There must be at least one defined content block.',
      field: 'content',
      help: `${HELP}#message.content`,
    });
  }
  const types = content.map((c) => (isObject(c) ? c.type : undefined));
  if (types.includes('text/plain') && types[0] !== 'text/plain') {
    errors.push({
      message:
        'If present, text/plain content must be first, followed by text/html, followed by any other content.',
      field: 'content',
      help: `${HELP}#message.content`,
    });
  }
  if (Array.isArray(body.categories) && body.categories.length > 10) {
    errors.push({
      message: 'Too many categories. You may use at most 10 categories per message.',
      field: 'categories',
      help: `${HELP}#message.categories`,
    });
  }
  checkCustomArgs(body.custom_args, 'custom_args', errors);
  return errors;
}
