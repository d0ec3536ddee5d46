import { Prop } from '@ainow/engine/sdk';

/**
 * Form fields shared by the Lead and Contact nodes. Props named like Salesforce API fields
 * (`LastName`, `Company`, …) are sent as they are; `otherFields` adds any field, picked from
 * the object's describe.
 *
 * @example
 * recordFields({ LastName: 'Lovelace', Email: '', otherFields: [{ field: 'Industry', value: 'Retail' }] });
 * // { LastName: 'Lovelace', Industry: 'Retail' }
 */
export const otherFieldsProp = Prop.list({
  label: 'Other fields',
  help: 'Any other field of the object, custom fields included.',
  fields: {
    field: Prop.options({ label: 'Field', required: true, loadOptions: 'fields' }),
    value: Prop.text({ label: 'Value' }),
  },
});

export const leadProps = {
  LastName: Prop.text({ label: 'Last name', required: true, placeholder: '{{ $json.last_name }}' }),
  Company: Prop.text({ label: 'Company', required: true }),
  FirstName: Prop.text({ label: 'First name' }),
  Email: Prop.text({ label: 'Email' }),
  Phone: Prop.text({ label: 'Phone' }),
  Title: Prop.text({ label: 'Title' }),
  LeadSource: Prop.text({ label: 'Lead source', placeholder: 'Web' }),
  otherFields: otherFieldsProp,
};

export const contactProps = {
  LastName: Prop.text({ label: 'Last name', required: true }),
  FirstName: Prop.text({ label: 'First name' }),
  Email: Prop.text({ label: 'Email' }),
  Phone: Prop.text({ label: 'Phone' }),
  Title: Prop.text({ label: 'Title' }),
  AccountId: Prop.text({ label: 'Account ID', placeholder: '001…' }),
  LeadSource: Prop.text({ label: 'Lead source' }),
  otherFields: otherFieldsProp,
};

/** The Salesforce fields to send: API-named props that are set, plus `otherFields`. */
export function recordFields(props: Record<string, unknown>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(props)) {
    if (/^[A-Z]/.test(name) && value !== undefined && value !== null && value !== '') fields[name] = value;
  }
  for (const entry of (props.otherFields as Array<{ field?: string; value?: unknown }> | undefined) ?? []) {
    if (entry.field) fields[entry.field] = entry.value === '' ? null : entry.value;
  }
  return fields;
}
