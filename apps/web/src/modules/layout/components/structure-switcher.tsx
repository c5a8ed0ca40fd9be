import { Select, Text } from '@mantine/core';
import { OPERATOR_TYPE_LABELS, ROLE_LABELS, STRUCTURE_KIND_LABELS } from '@passerelle/domain';
import { useState } from 'react';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useMe, useSession } from '../../auth';

/** Lets a user with several memberships choose the structure they work in (remembered on this browser). */
export function StructureSwitcher() {
  const me = useMe();
  const { switchStructure, structureId } = useSession();
  const [switching, setSwitching] = useState(false);
  const current = me.currentStructure;

  // A platform administrator may work in a structure they are not a member of.
  const outside = current && !me.memberships.some((m) => m.structure.id === current.id) ? current : null;

  if (me.memberships.length <= 1 && !outside) {
    return current ? (
      <Text size="sm" fw={500} truncate="end" maw={320} title={current.name}>
        {current.name}
      </Text>
    ) : null;
  }

  const data = me.memberships.map((membership) => ({
    value: membership.structure.id,
    label: membership.structure.name,
  }));
  if (outside) data.push({ value: outside.id, label: `${outside.name} (administration)` });

  async function handleChange(value: string | null) {
    if (!value) return;
    const membership = me.memberships.find((m) => m.structure.id === value);
    setSwitching(true);
    try {
      await switchStructure(value);
      if (membership) {
        notifySuccess(
          `Vous travaillez maintenant pour ${membership.structure.name} (${ROLE_LABELS[membership.role]}).`,
          'Structure changée',
        );
      }
    } catch (error) {
      notifyError(error);
    } finally {
      setSwitching(false);
    }
  }

  const currentMembership = me.memberships.find((m) => m.structure.id === (current?.id ?? structureId));
  const description = currentMembership
    ? [
        currentMembership.structure.operatorType
          ? OPERATOR_TYPE_LABELS[currentMembership.structure.operatorType]
          : STRUCTURE_KIND_LABELS[currentMembership.structure.kind],
        ROLE_LABELS[currentMembership.role],
      ].join(' · ')
    : undefined;

  return (
    <Select
      aria-label="Structure de travail"
      title={description}
      data={data}
      value={current?.id ?? structureId}
      onChange={handleChange}
      allowDeselect={false}
      searchable={data.length > 6}
      nothingFoundMessage="Aucune structure"
      disabled={switching}
      w={{ base: 200, sm: 300 }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
