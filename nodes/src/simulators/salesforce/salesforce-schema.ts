/**
 * The sObjects the Salesforce simulator knows (Lead, Contact, Account) and their describe
 * metadata: field types, required fields, external ids (vendor-contracts §11).
 *
 * @example
 * SCHEMA.Lead.fields.find((f) => f.name === 'External_Id__c')?.externalId; // true
 */
export interface SimField {
  name: string;
  label: string;
  type:
    | 'id'
    | 'string'
    | 'email'
    | 'phone'
    | 'url'
    | 'textarea'
    | 'picklist'
    | 'reference'
    | 'int'
    | 'datetime'
    | 'boolean';
  length?: number;
  required?: boolean;
  externalId?: boolean;
  /** Set by the system: not createable or updateable. */
  system?: boolean;
  referenceTo?: string[];
  picklist?: string[];
  defaultValue?: string;
}

export interface SimObject {
  name: string;
  label: string;
  keyPrefix: string;
  fields: SimField[];
}

const system: SimField[] = [
  { name: 'Id', label: 'Record ID', type: 'id', system: true },
  { name: 'CreatedDate', label: 'Created Date', type: 'datetime', system: true },
  { name: 'LastModifiedDate', label: 'Last Modified Date', type: 'datetime', system: true },
  { name: 'IsDeleted', label: 'Deleted', type: 'boolean', system: true },
];
const text = (name: string, label: string, length = 80, extra: Partial<SimField> = {}): SimField => ({
  name,
  label,
  type: 'string',
  length,
  ...extra,
});
const leadSource: SimField = {
  name: 'LeadSource',
  label: 'Lead Source',
  type: 'picklist',
  picklist: ['Web', 'Phone Inquiry', 'Partner Referral', 'Purchased List', 'Other'],
};
const externalId: SimField = text('External_Id__c', 'External Id', 255, { externalId: true });

export const SCHEMA: Record<string, SimObject> = {
  Lead: {
    name: 'Lead',
    label: 'Lead',
    keyPrefix: '00Q',
    fields: [
      ...system,
      text('FirstName', 'First Name', 40),
      text('LastName', 'Last Name', 80, { required: true }),
      text('Company', 'Company', 255, { required: true }),
      { name: 'Email', label: 'Email', type: 'email', length: 80 },
      { name: 'Phone', label: 'Phone', type: 'phone', length: 40 },
      text('Title', 'Title', 128),
      {
        name: 'Status',
        label: 'Status',
        type: 'picklist',
        picklist: [
          'Open - Not Contacted',
          'Working - Contacted',
          'Closed - Converted',
          'Closed - Not Converted',
        ],
        defaultValue: 'Open - Not Contacted',
      },
      leadSource,
      text('Industry', 'Industry', 255),
      text('City', 'City', 40),
      text('Country', 'Country', 80),
      { name: 'Website', label: 'Website', type: 'url', length: 255 },
      { name: 'Description', label: 'Description', type: 'textarea', length: 32000 },
      externalId,
    ],
  },
  Contact: {
    name: 'Contact',
    label: 'Contact',
    keyPrefix: '003',
    fields: [
      ...system,
      text('FirstName', 'First Name', 40),
      text('LastName', 'Last Name', 80, { required: true }),
      { name: 'Email', label: 'Email', type: 'email', length: 80 },
      { name: 'Phone', label: 'Business Phone', type: 'phone', length: 40 },
      text('Title', 'Title', 128),
      { name: 'AccountId', label: 'Account ID', type: 'reference', referenceTo: ['Account'] },
      leadSource,
      text('MailingCity', 'Mailing City', 40),
      text('MailingCountry', 'Mailing Country', 80),
      { name: 'Description', label: 'Contact Description', type: 'textarea', length: 32000 },
      externalId,
    ],
  },
  Account: {
    name: 'Account',
    label: 'Account',
    keyPrefix: '001',
    fields: [
      ...system,
      text('Name', 'Account Name', 255, { required: true }),
      { name: 'Website', label: 'Website', type: 'url', length: 255 },
      text('Industry', 'Industry', 255),
      { name: 'NumberOfEmployees', label: 'Employees', type: 'int' },
      externalId,
    ],
  },
};

/** The `GET /sobjects/{name}/describe` body for an object. */
export function describeObject(object: SimObject, version: string): Record<string, unknown> {
  return {
    name: object.name,
    label: object.label,
    keyPrefix: object.keyPrefix,
    createable: true,
    updateable: true,
    queryable: true,
    custom: false,
    fields: object.fields.map((f) => ({
      name: f.name,
      label: f.label,
      type: f.type,
      length: f.length ?? 0,
      createable: !f.system,
      updateable: !f.system,
      nillable: !f.required && !f.system,
      defaultedOnCreate: Boolean(f.system || f.defaultValue),
      externalId: Boolean(f.externalId),
      idLookup: Boolean(f.externalId) || f.name === 'Id' || f.type === 'email',
      unique: Boolean(f.externalId),
      custom: f.name.endsWith('__c'),
      referenceTo: f.referenceTo ?? [],
      picklistValues: (f.picklist ?? []).map((value) => ({
        value,
        label: value,
        active: true,
        defaultValue: value === f.defaultValue,
      })),
    })),
    urls: {
      sobject: `/services/data/${version}/sobjects/${object.name}`,
      describe: `/services/data/${version}/sobjects/${object.name}/describe`,
    },
  };
}
