import { defineNode, NodeError, Prop } from '@ainow/engine/sdk';
import { dataPath, salesforceRequest } from '../client';
import { salesforceNodeBase } from './record-operations';

/**
 * Salesforce › SOQL query: runs a query for each input item and outputs one item per record,
 * following `nextRecordsUrl` page after page (vendor-contracts §11.3) up to a maximum.
 *
 * @example
 * { "type": "salesforce.soqlQuery", "parameters": { "query": "SELECT Id, Email FROM Lead WHERE Email = '{{ $json.email }}'" } }
 */
interface QueryPage {
  totalSize: number;
  done: boolean;
  nextRecordsUrl?: string;
  records: Array<Record<string, unknown>>;
}

function withoutAttributes(record: Record<string, unknown>): Record<string, unknown> {
  const { attributes, ...fields } = record;
  const type = (attributes as { type?: string } | undefined)?.type;
  return type ? { ...fields, _type: type } : fields;
}

export const salesforceSoqlQuery = defineNode({
  ...salesforceNodeBase,
  type: 'salesforce.soqlQuery',
  version: 1,
  displayName: 'Salesforce: SOQL query',
  description: 'Runs a SOQL query and outputs one item per record, reading every page up to a maximum.',
  docsUrl: 'https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_query.htm',
  effect: 'read',
  props: {
    query: Prop.longText({
      label: 'SOQL query',
      required: true,
      placeholder: 'SELECT Id, Email, Company FROM Lead WHERE CreatedDate = TODAY',
      help: 'Quote values taken from items with care: a quote inside a value ends the string.',
    }),
    maxRecords: Prop.number({ label: 'Maximum records', default: 2000, min: 1 }),
    includeDeleted: Prop.boolean({ label: 'Include deleted and archived records', default: false }),
  },
  outputSample: {
    Id: '00Q5e00000AbCdEEAV',
    Email: 'ada@northwind.com',
    Company: 'Northwind Analytics',
    _type: 'Lead',
  },
  async runItem(ctx) {
    const query = ctx.props.query.trim();
    if (!query) throw new NodeError('Salesforce › SOQL query is empty.', { code: 'invalid_props' });
    const max = Math.max(1, Math.floor(ctx.props.maxRecords ?? 2000));
    const headers = { 'Sforce-Query-Options': `batchSize=${Math.min(2000, Math.max(200, max))}` };
    const records: Array<Record<string, unknown>> = [];
    let url: string | undefined = dataPath(ctx, ctx.props.includeDeleted ? '/queryAll' : '/query');
    let first = true;
    while (url && records.length < max) {
      const page: QueryPage = (
        await salesforceRequest<QueryPage>(
          ctx,
          { url, headers, ...(first ? { query: { q: query } } : {}) },
          first ? 'run the SOQL query' : 'read the next page of query results',
        )
      ).body;
      records.push(...page.records);
      url = page.done ? undefined : page.nextRecordsUrl;
      first = false;
    }
    return records.slice(0, max).map((record) => ({ json: withoutAttributes(record) }));
  },
});
