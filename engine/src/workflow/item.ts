/**
 * Items are the unit of data that moves between nodes (DESIGN.md section 3).
 *
 * @example
 * const item: Item = { json: { email: 'ada@example.com' }, pairedItem: { item: 0 } };
 */
export interface BinaryData {
  data: string; // base64
  mimeType: string;
  fileName?: string;
  fileSize?: number;
}

/** Which input item an output item came from; `input` names the input port (default `main`). */
export interface PairedItem {
  item: number;
  input?: string;
}

export interface ItemError {
  message: string;
  nodeId?: string;
  code?: string;
  description?: string;
}

export interface Item {
  json: Record<string, unknown>;
  binary?: Record<string, BinaryData>;
  pairedItem?: PairedItem | PairedItem[];
  /** Set on items that failed in a node with `onError: continue` or `route`. */
  error?: ItemError;
}

/** Items per named port. */
export type PortItems = Record<string, Item[]>;

/** Accepts plain objects or items and returns items. */
export function toItems(values: unknown[]): Item[] {
  return values.map((value) =>
    value !== null && typeof value === 'object' && 'json' in value && typeof (value as Item).json === 'object'
      ? (value as Item)
      : { json: (value ?? {}) as Record<string, unknown> },
  );
}
