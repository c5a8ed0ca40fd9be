import { Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { OPERATOR_TYPE_LABELS, OperatorType, STRUCTURE_KIND_LABELS, StructureKind } from '@passerelle/domain';
import type { ReactNode } from 'react';
import type { StructureFormValues } from '../structure-rules';
import { FormActions } from '../../common/components/form-actions';

const KIND_OPTIONS = Object.values(StructureKind).map((value) => ({ value, label: STRUCTURE_KIND_LABELS[value] }));
const OPERATOR_TYPE_OPTIONS = Object.values(OperatorType).map((value) => ({
  value,
  label: OPERATOR_TYPE_LABELS[value],
}));

interface StructureFormProps {
  form: UseFormReturnType<StructureFormValues>;
  /** The kind of a structure cannot change once created. */
  kindLocked?: boolean;
  submitLabel: string;
  loading?: boolean;
  onSubmit(values: StructureFormValues): void;
  onCancel(): void;
  banner?: ReactNode;
}

export function StructureForm({
  form,
  kindLocked,
  submitLabel,
  loading,
  onSubmit,
  onCancel,
  banner,
}: StructureFormProps) {
  const isOperator = form.values.kind === StructureKind.OPERATOR;
  return (
    <form onSubmit={form.onSubmit(onSubmit)} noValidate>
      <Stack>
        {banner}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label="Nature"
            data={KIND_OPTIONS}
            allowDeselect={false}
            disabled={kindLocked}
            required
            {...form.getInputProps('kind')}
          />
          {isOperator && (
            <Select
              label="Type de structure porteuse"
              data={OPERATOR_TYPE_OPTIONS}
              allowDeselect={false}
              required
              {...form.getInputProps('operatorType')}
            />
          )}
        </SimpleGrid>
        <TextInput label="Nom" required data-autofocus {...form.getInputProps('name')} />
        <TextInput
          label="SIRET"
          description="14 chiffres, espaces acceptés"
          inputMode="numeric"
          required
          maxLength={17}
          {...form.getInputProps('siret')}
        />
        <TextInput label="Adresse" required autoComplete="street-address" {...form.getInputProps('addressLine')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Code postal"
            required
            inputMode="numeric"
            maxLength={5}
            autoComplete="postal-code"
            {...form.getInputProps('postalCode')}
          />
          <TextInput label="Commune" required autoComplete="address-level2" {...form.getInputProps('city')} />
        </SimpleGrid>
        <TextInput
          label="Territoire"
          description="Ex. : Gard, Grand Amiénois, Métropole de Lyon"
          required
          {...form.getInputProps('territory')}
        />
        <FormActions onCancel={onCancel} loading={loading} submitLabel={submitLabel} />
      </Stack>
    </form>
  );
}
