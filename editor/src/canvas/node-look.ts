import type { NodeCategory } from '@ainow/engine/workflow';

/** Colour and short mark of a node's tile, by category; the mark is text, never colour alone. */
export const CATEGORY_LOOK: Record<NodeCategory, { tile: string; ring: string }> = {
  Triggers: { tile: 'bg-amber-100 text-amber-800', ring: 'border-amber-300' },
  Flow: { tile: 'bg-sky-100 text-sky-800', ring: 'border-sky-300' },
  Data: { tile: 'bg-violet-100 text-violet-800', ring: 'border-violet-300' },
  Leads: { tile: 'bg-emerald-100 text-emerald-800', ring: 'border-emerald-300' },
  'Email & SMS': { tile: 'bg-rose-100 text-rose-800', ring: 'border-rose-300' },
  CRM: { tile: 'bg-orange-100 text-orange-800', ring: 'border-orange-300' },
  AI: { tile: 'bg-fuchsia-100 text-fuchsia-800', ring: 'border-fuchsia-300' },
  Code: { tile: 'bg-slate-200 text-slate-800', ring: 'border-slate-300' },
  Utility: { tile: 'bg-stone-200 text-stone-700', ring: 'border-stone-300' },
};

export const CATEGORY_ORDER: NodeCategory[] = [
  'Triggers',
  'Flow',
  'Data',
  'Leads',
  'Email & SMS',
  'CRM',
  'AI',
  'Code',
  'Utility',
];

/** Two letters for a node's tile: "IF", "Se" (Set), "Ap" (Apollo: ...). */
export function markOf(displayName: string): string {
  const word =
    displayName
      .replace(/[^A-Za-z0-9 ]/g, ' ')
      .trim()
      .split(/\s+/)[0] ?? '?';
  return word.length <= 2 ? word.toUpperCase() : word[0].toUpperCase() + word[1].toLowerCase();
}
