import { NodeError, Prop, defineNode } from '@ainow/engine/sdk';
import { setPath } from '../shared/field-path';

/**
 * Renders a Handlebars template for each item (fields at top level: `Hi {{first_name}}`) and puts
 * the text in `field`. The template is not an expression: `{{ }}` here is Handlebars.
 *
 * @example
 * { "type": "core.renderTemplate", "parameters": { "template": "Hi {{default first_name 'there'}}", "field": "greeting" } }
 */
export const renderTemplate = defineNode({
  type: 'core.renderTemplate',
  version: 1,
  displayName: 'Render template',
  description: 'Fills a Handlebars template with each item’s fields',
  category: 'Data',
  icon: 'file-text',
  effect: 'read',
  concurrency: 50,
  props: {
    template: Prop.template({
      label: 'Template',
      help: 'Handlebars: {{first_name}}, {{#if company}}…{{/if}}, helpers default, upper, lower, truncate, formatDate, eq, json',
      required: true,
      placeholder: 'Hi {{first_name}}, congrats on {{company}}’s launch!',
    }),
    field: Prop.text({
      label: 'Output field',
      default: 'text',
      help: 'Where to put the rendered text (dotted names nest)',
    }),
  },
  outputSample: { text: 'Hi Ada, congrats on Acme’s launch!' },
  async runItem(ctx, item) {
    const template = ctx.props.template;
    if (typeof template !== 'string') throw new NodeError('the template is empty; write the text to render');
    const text = ctx.renderTemplate(template, item, ctx.itemIndex);
    const json = structuredClone(item.json);
    setPath(json, ctx.props.field?.trim() || 'text', text);
    return item.binary ? { json, binary: item.binary } : { json };
  },
});
