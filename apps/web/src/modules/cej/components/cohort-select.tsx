import { useQuery } from '@apollo/client/react';
import { Select, type SelectProps } from '@mantine/core';
import { formatShortDay } from '../../../lib/format';
import { useMe } from '../../auth';
import { CEJ_COHORTS_QUERY } from '../graphql/cej-cohorts';

type CohortSelectProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: string;
  onChange(value: string): void;
};

/** Picks a promo among the 50 most recent ones of the structure (running first, by start date). */
export function CohortSelect({ value, onChange, ...props }: CohortSelectProps) {
  const me = useMe();
  const { data } = useQuery(CEJ_COHORTS_QUERY, { variables: { first: 50 }, skip: !me.currentStructure });
  const cohorts = data?.cejCohorts.edges.map((e) => e.node) ?? [];
  const options = cohorts.map((c) => ({ value: c.id, label: `${c.name} (${formatShortDay(c.startsOn)})` }));
  return (
    <Select
      data={[{ value: '', label: 'Toutes les promos' }, ...options]}
      value={value}
      onChange={(next) => onChange(next ?? '')}
      searchable
      allowDeselect={false}
      {...props}
    />
  );
}
