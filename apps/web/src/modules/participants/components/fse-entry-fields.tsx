import { Select, SimpleGrid, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import {
  FSE_ANSWER_LABELS,
  FSE_EMPLOYMENT_STATUS_LABELS,
  FSE_HOUSEHOLD_SITUATION_LABELS,
  FseAnswer,
  FseEmploymentStatus,
  FseHouseholdSituation,
} from '@passerelle/domain';
import type { FseEntryFormValues } from '../participant-rules';

const toOptions = <T extends string>(labels: Record<T, string>) =>
  (Object.entries(labels) as [T, string][]).map(([value, label]) => ({ value, label }));
const ANSWERS = toOptions<FseAnswer>(FSE_ANSWER_LABELS);
const EMPLOYMENT = toOptions<FseEmploymentStatus>(FSE_EMPLOYMENT_STATUS_LABELS);
const HOUSEHOLD = toOptions<FseHouseholdSituation>(FSE_HOUSEHOLD_SITUATION_LABELS);
const RURAL = [
  { value: 'yes', label: 'Oui' },
  { value: 'no', label: 'Non' },
];

export type { FseEntryFormValues };

/**
 * The FSE+ entry questionnaire ("questionnaire de recueil des données"). A question left empty stays on the to-do
 * list; "Ne souhaite pas répondre" is an answer. Disability, foreign background and minority are special-category
 * data: only for those who follow the person (the API returns them as null to the others).
 */
export function FseEntryFields<V extends FseEntryFormValues>({
  form,
  canSeeSensitive,
}: {
  form: UseFormReturnType<V>;
  canSeeSensitive: boolean;
}) {
  // An empty answer is null for the select, so that it shows its placeholder and no clear button.
  const props = (field: keyof FseEntryFormValues) => {
    const input = form.getInputProps(field);
    return { ...input, value: input.value || null, clearable: true, placeholder: 'Non renseigné' };
  };
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Select label="Situation sur le marché du travail" data={EMPLOYMENT} {...props('employmentStatus')} />
      <Select label="Situation du ménage" data={HOUSEHOLD} {...props('householdSituation')} />
      <Select label="Ressortissant·e d’un pays tiers" data={ANSWERS} {...props('thirdCountryNational')} />
      {canSeeSensitive ? (
        <>
          <Select label="Situation de handicap" description="Donnée sensible" data={ANSWERS} {...props('disability')} />
          <Select
            label="Origine étrangère"
            description="Donnée sensible"
            data={ANSWERS}
            {...props('foreignBackground')}
          />
          <Select
            label="Appartenance à une minorité"
            description="Donnée sensible"
            data={ANSWERS}
            {...props('minority')}
          />
        </>
      ) : (
        <Text size="sm" c="dimmed" mt="lg">
          Handicap, origine étrangère et minorité : données sensibles, réservées aux personnes qui suivent le
          participant.
        </Text>
      )}
      <Select label="Sans domicile ou exclu·e du logement" data={ANSWERS} {...props('homeless')} />
      <Select label="Résidence en zone rurale" data={RURAL} {...props('ruralArea')} />
    </SimpleGrid>
  );
}
