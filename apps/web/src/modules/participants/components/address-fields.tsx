import { Alert, Checkbox, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import {
  areaLabel,
  coveredAreas,
  derivedBranch,
  type AddressFormValues,
  type BranchWithAreas,
} from '../participant-rules';

export type { AddressFormValues };

const OTHER_COMMUNE = '__autre__';

/**
 * Address and branch. The commune is picked among those the structure's branches cover (or typed, with its INSEE
 * code, when outside them); the branch the API will derive is shown, and can be overridden by hand.
 */
export function AddressFields<V extends AddressFormValues>({
  form,
  branches,
}: {
  form: UseFormReturnType<V>;
  branches: readonly BranchWithAreas[];
}) {
  const values = form.getValues();
  const communes = coveredAreas(branches, 'COMMUNE');
  const districts = coveredAreas(branches, 'DISTRICT');
  const known = communes.some((c) => c.value === values.communeCode);
  const [other, setOther] = useState(!!values.communeCode && !known);
  const derived = derivedBranch(branches, values);
  const chosen = branches.find((b) => b.id === values.branchId);

  function pickCommune(code: string | null) {
    if (code === OTHER_COMMUNE) {
      setOther(true);
      form.setFieldValue('communeCode' as never, '' as never);
      form.setFieldValue('communeName' as never, '' as never);
      return;
    }
    setOther(false);
    form.setFieldValue('communeCode' as never, (code ?? '') as never);
    form.setFieldValue('communeName' as never, (code ? (areaLabel(branches, code) ?? '') : '') as never);
  }

  return (
    <Stack gap="sm">
      <TextInput label="Adresse" autoComplete="street-address" {...form.getInputProps('addressLine')} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label="Code postal"
          inputMode="numeric"
          maxLength={5}
          autoComplete="postal-code"
          {...form.getInputProps('postalCode')}
        />
        <Select
          label="Commune"
          description="Communes couvertes par vos antennes"
          searchable
          clearable
          data={[...communes, { value: OTHER_COMMUNE, label: 'Autre commune (hors territoire)…' }]}
          value={other ? OTHER_COMMUNE : values.communeCode || null}
          onChange={pickCommune}
          error={other ? undefined : form.getInputProps('communeCode').error}
        />
        {districts.length > 0 && (
          <Select
            label="Arrondissement ou quartier"
            searchable
            clearable
            data={districts}
            {...form.getInputProps('districtCode')}
            value={values.districtCode || null}
            onChange={(value) => form.setFieldValue('districtCode' as never, (value ?? '') as never)}
          />
        )}
      </SimpleGrid>
      {other && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Code INSEE de la commune"
            description="5 caractères, ex. 80021"
            maxLength={5}
            {...form.getInputProps('communeCode')}
          />
          <TextInput label="Nom de la commune" autoComplete="address-level2" {...form.getInputProps('communeName')} />
        </SimpleGrid>
      )}
      <Checkbox
        label="Réside dans un quartier prioritaire de la politique de la ville (QPV)"
        {...form.getInputProps('inQpv', { type: 'checkbox' })}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Antenne"
          description="Déduite de l’adresse ; choisissez-en une autre pour passer outre."
          data={[
            {
              value: '',
              label: derived
                ? `Déduite de l’adresse : ${derived.name}`
                : 'Déduite de l’adresse (aucune pour l’instant)',
            },
            ...branches.map((b) => ({ value: b.id, label: b.name })),
          ]}
          allowDeselect={false}
          value={values.branchId}
          onChange={(value) => form.setFieldValue('branchId' as never, (value ?? '') as never)}
          error={form.getInputProps('branchId').error}
        />
        <Alert
          variant="light"
          color={chosen || derived || !(values.communeCode || values.districtCode) ? 'blue' : 'orange'}
          aria-live="polite"
          p="xs"
          mt={{ base: 0, sm: 'lg' }}
        >
          <Text size="sm" data-testid="branch-preview">
            {chosen
              ? `Antenne choisie à la main : ${chosen.name}${derived && derived.id !== chosen.id ? ` (l’adresse donnerait ${derived.name})` : ''}.`
              : derived
                ? `Antenne déduite de l’adresse : ${derived.name}.`
                : values.communeCode || values.districtCode
                  ? 'Aucune antenne ne couvre cette adresse : choisissez-en une, ou la personne ne sera rattachée à aucune antenne.'
                  : 'Choisissez la commune : l’antenne en sera déduite.'}
          </Text>
        </Alert>
      </SimpleGrid>
    </Stack>
  );
}
