import { Prop } from '@ainow/engine/sdk';

/**
 * The HTTP Request node's pagination settings (see `paginate`).
 *
 * @example
 * { "pagination": { "mode": "offset", "offsetParam": "offset", "limitParam": "limit", "pageSize": 100, "itemsPath": "data" } }
 */
export const paginationProp = () =>
  Prop.collection({
    label: 'Pagination',
    default: { mode: 'off' },
    fields: {
      mode: Prop.options({
        label: 'Pages',
        default: 'off',
        options: [
          { value: 'off', label: 'One request' },
          { value: 'nextUrl', label: 'Follow the next-page URL' },
          { value: 'offset', label: 'Offset and limit' },
          { value: 'page', label: 'Page number' },
          { value: 'cursor', label: 'Cursor' },
        ],
      }),
      itemsPath: Prop.text({
        label: 'Items at',
        help: 'Path of the list in each page, e.g. data.results',
        placeholder: 'data',
      }),
      nextUrlPath: Prop.text({
        label: 'Next URL at',
        help: 'Path in the body, e.g. links.next; empty: the Link header',
        showIf: { mode: ['nextUrl'] },
      }),
      offsetParam: Prop.text({ label: 'Offset parameter', default: 'offset', showIf: { mode: ['offset'] } }),
      pageParam: Prop.text({ label: 'Page parameter', default: 'page', showIf: { mode: ['page'] } }),
      firstPage: Prop.number({ label: 'First page', default: 1, showIf: { mode: ['page'] } }),
      limitParam: Prop.text({
        label: 'Page size parameter',
        default: 'limit',
        showIf: { mode: ['offset', 'page'] },
      }),
      pageSize: Prop.number({
        label: 'Page size',
        default: 100,
        min: 1,
        showIf: { mode: ['offset', 'page'] },
      }),
      cursorParam: Prop.text({ label: 'Cursor parameter', default: 'cursor', showIf: { mode: ['cursor'] } }),
      cursorPath: Prop.text({
        label: 'Next cursor at',
        placeholder: 'paging.next.after',
        showIf: { mode: ['cursor'] },
      }),
      maxPages: Prop.number({ label: 'At most pages', default: 100, min: 1 }),
    },
  });
