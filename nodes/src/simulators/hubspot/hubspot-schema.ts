/**
 * The HubSpot simulator's property and pipeline definitions: what
 * `GET /crm/v3/properties/{objectType}` and `GET /crm/v3/pipelines/{objectType}` return, and what
 * property writes are checked against.
 */
export interface PropertyDefinition {
  name: string;
  label: string;
  type: 'string' | 'number' | 'enumeration' | 'datetime' | 'date';
  fieldType: 'text' | 'textarea' | 'number' | 'select' | 'date' | 'phonenumber' | 'html';
  groupName: string;
  options?: string[];
  unique?: boolean;
  readOnly?: boolean;
}

const text = (
  name: string,
  label: string,
  groupName: string,
  extra: Partial<PropertyDefinition> = {},
): PropertyDefinition => ({
  name,
  label,
  type: 'string',
  fieldType: 'text',
  groupName,
  ...extra,
});
const readOnlyDates = (group: string): PropertyDefinition[] => [
  {
    name: 'createdate',
    label: 'Create Date',
    type: 'datetime',
    fieldType: 'date',
    groupName: group,
    readOnly: true,
  },
  {
    name: 'lastmodifieddate',
    label: 'Last Modified Date',
    type: 'datetime',
    fieldType: 'date',
    groupName: group,
    readOnly: true,
  },
  {
    name: 'hs_object_id',
    label: 'Record ID',
    type: 'number',
    fieldType: 'number',
    groupName: group,
    readOnly: true,
  },
];

export const OBJECT_PROPERTIES: Record<string, PropertyDefinition[]> = {
  contacts: [
    text('email', 'Email', 'contactinformation', { unique: true }),
    text('firstname', 'First Name', 'contactinformation'),
    text('lastname', 'Last Name', 'contactinformation'),
    text('phone', 'Phone Number', 'contactinformation', { fieldType: 'phonenumber' }),
    text('company', 'Company Name', 'contactinformation'),
    text('jobtitle', 'Job Title', 'contactinformation'),
    text('website', 'Website URL', 'contactinformation'),
    text('city', 'City', 'contactinformation'),
    text('country', 'Country/Region', 'contactinformation'),
    text('hs_linkedin_url', 'LinkedIn URL', 'social_media_information'),
    {
      name: 'lifecyclestage',
      label: 'Lifecycle Stage',
      type: 'enumeration',
      fieldType: 'select',
      groupName: 'contactinformation',
      options: [
        'subscriber',
        'lead',
        'marketingqualifiedlead',
        'salesqualifiedlead',
        'opportunity',
        'customer',
        'evangelist',
        'other',
      ],
    },
    {
      name: 'hs_lead_status',
      label: 'Lead Status',
      type: 'enumeration',
      fieldType: 'select',
      groupName: 'sales_properties',
      options: [
        'NEW',
        'OPEN',
        'IN_PROGRESS',
        'OPEN_DEAL',
        'UNQUALIFIED',
        'ATTEMPTED_TO_CONTACT',
        'CONNECTED',
        'BAD_TIMING',
      ],
    },
    ...readOnlyDates('contactinformation'),
  ],
  deals: [
    text('dealname', 'Deal Name', 'dealinformation'),
    { name: 'amount', label: 'Amount', type: 'number', fieldType: 'number', groupName: 'dealinformation' },
    text('pipeline', 'Pipeline', 'dealinformation'),
    text('dealstage', 'Deal Stage', 'dealinformation'),
    {
      name: 'closedate',
      label: 'Close Date',
      type: 'datetime',
      fieldType: 'date',
      groupName: 'dealinformation',
    },
    text('hubspot_owner_id', 'Deal owner', 'dealinformation'),
    {
      name: 'dealtype',
      label: 'Deal Type',
      type: 'enumeration',
      fieldType: 'select',
      groupName: 'dealinformation',
      options: ['newbusiness', 'existingbusiness'],
    },
    ...readOnlyDates('dealinformation'),
  ],
  notes: [
    { name: 'hs_note_body', label: 'Note body', type: 'string', fieldType: 'html', groupName: 'engagement' },
    {
      name: 'hs_timestamp',
      label: 'Activity date',
      type: 'datetime',
      fieldType: 'date',
      groupName: 'engagement',
    },
    text('hubspot_owner_id', 'Activity assigned to', 'engagement'),
    ...readOnlyDates('engagement'),
  ],
};

/** Properties returned when a request names none. */
export const DEFAULT_PROPERTIES: Record<string, string[]> = {
  contacts: ['createdate', 'email', 'firstname', 'hs_object_id', 'lastmodifieddate', 'lastname'],
  deals: [
    'amount',
    'closedate',
    'createdate',
    'dealname',
    'dealstage',
    'hs_object_id',
    'lastmodifieddate',
    'pipeline',
  ],
  notes: ['createdate', 'hs_note_body', 'hs_object_id', 'hs_timestamp', 'lastmodifieddate'],
};

export interface Pipeline {
  id: string;
  label: string;
  stages: Array<{ id: string; label: string; probability: string; isClosed: boolean }>;
}

export const DEAL_PIPELINES: Pipeline[] = [
  {
    id: 'default',
    label: 'Sales Pipeline',
    stages: [
      { id: 'appointmentscheduled', label: 'Appointment Scheduled', probability: '0.2', isClosed: false },
      { id: 'qualifiedtobuy', label: 'Qualified To Buy', probability: '0.4', isClosed: false },
      { id: 'presentationscheduled', label: 'Presentation Scheduled', probability: '0.6', isClosed: false },
      { id: 'decisionmakerboughtin', label: 'Decision Maker Bought-In', probability: '0.8', isClosed: false },
      { id: 'contractsent', label: 'Contract Sent', probability: '0.9', isClosed: false },
      { id: 'closedwon', label: 'Closed Won', probability: '1.0', isClosed: true },
      { id: 'closedlost', label: 'Closed Lost', probability: '0.0', isClosed: true },
    ],
  },
  {
    id: '7623412',
    label: 'Partner Pipeline',
    stages: [
      { id: '7623413', label: 'Partner Referred', probability: '0.3', isClosed: false },
      { id: '7623414', label: 'Partner Won', probability: '1.0', isClosed: true },
      { id: '7623415', label: 'Partner Lost', probability: '0.0', isClosed: true },
    ],
  },
];

const STAMP = '2024-01-01T00:00:00.000Z';

export function propertyResource(p: PropertyDefinition, displayOrder: number): Record<string, unknown> {
  return {
    name: p.name,
    label: p.label,
    type: p.type,
    fieldType: p.fieldType,
    description: '',
    groupName: p.groupName,
    options: (p.options ?? []).map((value, i) => ({ label: value, value, displayOrder: i, hidden: false })),
    displayOrder,
    calculated: false,
    externalOptions: false,
    hasUniqueValue: Boolean(p.unique),
    hidden: false,
    formField: !p.readOnly,
    createdAt: STAMP,
    updatedAt: STAMP,
    modificationMetadata: {
      archivable: !p.readOnly,
      readOnlyDefinition: true,
      readOnlyValue: Boolean(p.readOnly),
    },
  };
}

export function pipelineResource(p: Pipeline, displayOrder: number): Record<string, unknown> {
  return {
    id: p.id,
    label: p.label,
    displayOrder,
    archived: false,
    createdAt: STAMP,
    updatedAt: STAMP,
    stages: p.stages.map((s, i) => ({
      id: s.id,
      label: s.label,
      displayOrder: i,
      archived: false,
      createdAt: STAMP,
      updatedAt: STAMP,
      metadata: { isClosed: String(s.isClosed), probability: s.probability },
      writePermissions: 'CRM_PERMISSIONS_ENFORCEMENT',
    })),
  };
}
