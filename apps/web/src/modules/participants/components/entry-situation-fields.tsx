import { Checkbox, Select, SimpleGrid } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { ENTRY_SITUATION_LABELS, EntrySituation, type EducationLevel } from '@passerelle/domain';
import { EDUCATION_LEVEL_OPTIONS } from '../participant-rules';

/** The situation at entry: what justifies the support (several answers) and the level of education. */
export function EntrySituationFields<
  T extends { entrySituations: EntrySituation[]; educationLevel: EducationLevel | '' },
>({ form, selectWidth }: { form: UseFormReturnType<T>; selectWidth?: { base: string; sm: number } }) {
  return (
    <>
      <Checkbox.Group label="Ce qui justifie l’accompagnement" {...form.getInputProps('entrySituations')}>
        <SimpleGrid cols={{ base: 1, md: 2 }} mt="xs" spacing="xs">
          {Object.values(EntrySituation).map((situation) => (
            <Checkbox key={situation} value={situation} label={ENTRY_SITUATION_LABELS[situation]} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Select
        label="Niveau de formation"
        data={EDUCATION_LEVEL_OPTIONS}
        clearable
        placeholder="Non renseigné"
        {...form.getInputProps('educationLevel')}
        value={form.getValues().educationLevel || null}
        w={selectWidth}
      />
    </>
  );
}
