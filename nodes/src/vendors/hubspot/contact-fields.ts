import { Prop, type InferProps, type RunContext } from '@ainow/engine/sdk';
import { HUBSPOT_RATE_LIMIT, loadPropertyOptions, morePropertiesProp, propertiesFrom } from './client';

/**
 * The contact fields that create, update and upsert share, and how they become HubSpot
 * properties. `moreProperties` lets a person pick any other property from their portal's list.
 *
 * @example
 * defineNode({ ...contactNodeBase, type: 'hubspot.createContact', props: contactFields, ... });
 */
export const contactFields = {
  email: Prop.text({ label: 'Email', placeholder: 'ada@example.com' }),
  firstName: Prop.text({ label: 'First name' }),
  lastName: Prop.text({ label: 'Last name' }),
  phone: Prop.text({ label: 'Phone' }),
  company: Prop.text({ label: 'Company name' }),
  jobTitle: Prop.text({ label: 'Job title' }),
  website: Prop.text({ label: 'Website' }),
  lifecycleStage: Prop.options({
    label: 'Lifecycle stage',
    options: [
      'subscriber',
      'lead',
      'marketingqualifiedlead',
      'salesqualifiedlead',
      'opportunity',
      'customer',
      'evangelist',
      'other',
    ].map((value) => ({ value, label: value })),
  }),
  moreProperties: morePropertiesProp('contactProperties'),
};

/** Upserts match contacts by email, so there it is required. */
export const upsertContactFields = {
  ...contactFields,
  email: { ...contactFields.email, required: true as const },
};

export type ContactFieldValues = InferProps<typeof contactFields>;

/** What the contact write nodes share: where they sit, their credential, limit and property picker. */
export const contactNodeBase = {
  category: 'CRM' as const,
  icon: 'hubspot',
  docsUrl: 'https://developers.hubspot.com/docs/api/crm/contacts',
  credential: { type: 'hubspot', required: true },
  rateLimit: HUBSPOT_RATE_LIMIT,
  loadOptions: {
    contactProperties: (ctx: Pick<RunContext<unknown>, 'http'>) => loadPropertyOptions(ctx, 'contacts'),
  },
};

export function contactProperties(p: Partial<ContactFieldValues>): Record<string, string> {
  return propertiesFrom(
    {
      email: p.email?.trim().toLowerCase(),
      firstname: p.firstName,
      lastname: p.lastName,
      phone: p.phone,
      company: p.company,
      jobtitle: p.jobTitle,
      website: p.website,
      lifecyclestage: p.lifecycleStage,
    },
    p.moreProperties,
  );
}

export const contactSample = {
  id: '512',
  email: 'ada@example.com',
  firstname: 'Ada',
  lastname: 'Lovelace',
  createdate: '2024-01-01T00:00:00.000Z',
  lastmodifieddate: '2024-01-01T00:00:00.000Z',
  hs_object_id: '512',
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
};
