import { Select, type ComboboxData } from '@mantine/core';

/** One clearable select of a list page's filters, kept in the address under `param`. */
export interface FilterSelect {
  param: string;
  label: string;
  placeholder: string;
  data: ComboboxData;
  value: string | null;
  w: number;
}

/** A list page's filter selects: each one sets (or clears) its address parameter. */
export function FilterSelects({
  filters,
  onChange,
}: {
  filters: FilterSelect[];
  onChange: (param: string, value: string | null) => void;
}) {
  return filters.map(({ param, ...props }) => (
    <Select key={param} clearable {...props} onChange={(value) => onChange(param, value)} />
  ));
}
