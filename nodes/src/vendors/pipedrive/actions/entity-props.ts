import { Prop } from '@ainow/engine/sdk';
import { idOf } from '../client';

/**
 * Form fields of the Pipedrive person, organization, deal and lead nodes, and the request
 * bodies they become (v2 for persons, organizations and deals; v1 for leads; vendor-contracts §12).
 *
 * @example
 * personBody({ name: 'Ada', email: 'ada@example.com', orgId: '7' });
 * // { name: 'Ada', emails: [{ value: 'ada@example.com', primary: true, label: 'work' }], org_id: 7 }
 */
type Values = Record<string, unknown>;

const visibleTo = Prop.options({
  label: 'Visible to',
  options: [
    { value: '1', label: 'Owner and followers' },
    { value: '3', label: 'Entire company' },
    { value: '5', label: "Owner's visibility group" },
    { value: '7', label: "Owner's visibility group and sub-groups" },
  ] as const,
});
const ownerId = Prop.text({ label: 'Owner (user ID)' });
const customFields = Prop.json({
  label: 'Custom fields',
  help: 'An object keyed by the custom field key, e.g. { "a1b2…": "value" }.',
});

export const personProps = {
  name: Prop.text({ label: 'Name', required: true, placeholder: '{{ $json.name }}' }),
  email: Prop.text({ label: 'Email' }),
  phone: Prop.text({ label: 'Phone' }),
  orgId: Prop.text({ label: 'Organization ID' }),
  ownerId,
  visibleTo,
  customFields,
};

export const organizationProps = {
  name: Prop.text({ label: 'Name', required: true }),
  address: Prop.text({ label: 'Address' }),
  ownerId,
  visibleTo,
  customFields,
};

export const dealProps = {
  title: Prop.text({ label: 'Title', required: true }),
  value: Prop.number({ label: 'Value' }),
  currency: Prop.text({ label: 'Currency', placeholder: 'USD' }),
  personId: Prop.text({ label: 'Person ID' }),
  orgId: Prop.text({ label: 'Organization ID' }),
  stageId: Prop.options({ label: 'Stage', loadOptions: 'stages' }),
  status: Prop.options({
    label: 'Status',
    options: [
      { value: 'open', label: 'Open' },
      { value: 'won', label: 'Won' },
      { value: 'lost', label: 'Lost' },
    ] as const,
  }),
  expectedCloseDate: Prop.text({ label: 'Expected close date', placeholder: 'YYYY-MM-DD' }),
  ownerId,
  visibleTo,
  customFields,
};

export const leadProps = {
  title: Prop.text({ label: 'Title', required: true }),
  personId: Prop.text({ label: 'Person ID', help: 'A lead needs a person, an organization, or both.' }),
  organizationId: Prop.text({ label: 'Organization ID' }),
  amount: Prop.number({ label: 'Value' }),
  currency: Prop.text({ label: 'Currency', placeholder: 'USD' }),
  expectedCloseDate: Prop.text({ label: 'Expected close date', placeholder: 'YYYY-MM-DD' }),
  ownerId,
  labelIds: Prop.text({ label: 'Label IDs', help: 'Comma-separated lead label UUIDs.' }),
};

const set = (value: unknown) => value !== undefined && value !== null && value !== '';

function compact(body: Values): Values {
  return Object.fromEntries(Object.entries(body).filter(([, v]) => set(v)));
}

function custom(value: unknown): Values | undefined {
  if (!set(value)) return undefined;
  const parsed = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
  return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Values) : undefined;
}

const common = (p: Values) => ({
  owner_id: idOf(p.ownerId),
  visible_to: set(p.visibleTo) ? Number(p.visibleTo) : undefined,
  custom_fields: custom(p.customFields),
});

export function personBody(p: Values): Values {
  return compact({
    name: p.name,
    emails: set(p.email) ? [{ value: String(p.email).trim(), primary: true, label: 'work' }] : undefined,
    phones: set(p.phone) ? [{ value: String(p.phone).trim(), primary: true, label: 'work' }] : undefined,
    org_id: idOf(p.orgId),
    ...common(p),
  });
}

export function organizationBody(p: Values): Values {
  return compact({ name: p.name, address: set(p.address) ? { value: p.address } : undefined, ...common(p) });
}

export function dealBody(p: Values): Values {
  return compact({
    title: p.title,
    value: p.value,
    currency: p.currency,
    person_id: idOf(p.personId),
    org_id: idOf(p.orgId),
    stage_id: idOf(p.stageId),
    status: p.status,
    expected_close_date: p.expectedCloseDate,
    ...common(p),
  });
}

export function leadBody(p: Values): Values {
  const labels = String(p.labelIds ?? '')
    .split(',')
    .map((l) => l.trim())
    .filter(Boolean);
  return compact({
    title: p.title,
    person_id: idOf(p.personId),
    organization_id: idOf(p.organizationId),
    value: set(p.amount) ? { amount: Number(p.amount), currency: String(p.currency || 'USD') } : undefined,
    expected_close_date: p.expectedCloseDate,
    owner_id: idOf(p.ownerId),
    label_ids: labels.length ? labels : undefined,
  });
}
