/**
 * Handlebars templates for text fields (DESIGN.md section 4).
 *
 * @example
 * import { renderTemplate, createTemplateData } from '@ainow/engine/template';
 * renderTemplate('Hi {{first_name}}', { json: { first_name: 'Ada' } }); // 'Hi Ada'
 */
export { renderTemplate, TemplateError, type RenderTemplateOptions } from './template-renderer';
export { createTemplateData, type TemplateData, type TemplateNode } from './template-data';
export { templateHelpers } from './template-helpers';
