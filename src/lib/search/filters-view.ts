/**
 * The search page's filters: one fieldset per filter, an option for each value the current
 * results have (a value with no result is not offered, unless it is chosen), with its count.
 */
import type { FilterCounts } from './pagefind-api';

export const FILTER_KEYS = ['type', 'jurisdiction', 'year', 'language'] as const;

export type Chosen = Map<string, Set<string>>;

export interface FilterLabels {
  filters: Record<string, string>;
  values: Record<string, Record<string, string>>;
}

export const valueLabel = (labels: FilterLabels, key: string, value: string) =>
  labels.values[key]?.[value] ?? value;

/** The fieldsets for `counts` (the current results' counts), calling `onChange` on a click. */
export function filterFieldsets(
  counts: FilterCounts,
  chosen: Chosen,
  labels: FilterLabels,
  onChange: () => void,
): HTMLFieldSetElement[] {
  return FILTER_KEYS.flatMap((key) => {
    const picked = chosen.get(key) ?? new Set<string>();
    const values = Object.entries(counts[key] ?? {})
      .filter(([value, count]) => count > 0 || picked.has(value))
      .sort(([a], [b]) => a.localeCompare(b, 'en'));
    if (values.length === 0) return [];
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = labels.filters[key] ?? key;
    fieldset.append(legend);
    for (const [value, count] of values) {
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = key;
      box.value = value;
      box.id = `filter-${key}-${value}`;
      box.checked = picked.has(value);
      box.addEventListener('change', () => {
        if (box.checked) picked.add(value);
        else picked.delete(value);
        chosen.set(key, picked);
        onChange();
      });
      const text = document.createElement('label');
      text.htmlFor = box.id;
      text.textContent = `${valueLabel(labels, key, value)} (${count})`;
      const row = document.createElement('div');
      row.append(box, text);
      fieldset.append(row);
    }
    return [fieldset];
  });
}

/** How many filter values are chosen. */
export const chosenCount = (chosen: Chosen) => [...chosen.values()].reduce((sum, set) => sum + set.size, 0);
