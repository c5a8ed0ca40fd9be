import { Card, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import { HOUSEHOLD_TAX_BRACKET_LABELS } from '@passerelle/domain';
import { DayInput } from '../../common/components/day-input';
import { FormActions } from '../../common/components/form-actions';
import { LeaveGuardModal } from '../../common/components/leave-guard-modal';
import { PageHeader } from '../../common/components/page-header';
import { ReferentSelect } from '../../participants';
import { options } from '../cej-rules';
import { useCejContractCreation } from '../hooks/use-cej-contract-creation';

/** Prepares a contract (draft) for a young person; it is signed on the contract page, where eligibility is checked. */
export function CejContractCreatePage() {
  const {
    me,
    form,
    onSubmit,
    onCancel,
    loading,
    search,
    setSearch,
    searchingParticipants,
    participantOptions,
    choose,
    leaveGuard,
  } = useCejContractCreation();

  return (
    <Stack gap="md" maw={720}>
      <PageHeader
        title="Nouveau contrat d’engagement jeune"
        description="Le contrat est d’abord préparé (brouillon), puis signé : l’éligibilité est vérifiée à la signature."
      />
      <Card withBorder>
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            <Select
              label="Jeune"
              required
              searchable
              data={participantOptions}
              value={form.values.participantId || null}
              onChange={(value, option) => choose(value, option?.label)}
              searchValue={search}
              onSearchChange={setSearch}
              filter={({ options: all }) => all}
              placeholder="Rechercher par nom ou prénom"
              nothingFoundMessage={searchingParticipants ? 'Recherche…' : 'Aucune personne ne correspond'}
              error={form.errors.participantId}
              data-autofocus
            />
            <ReferentSelect
              label="Conseiller·ère"
              required
              current={{ id: me.id, fullName: me.fullName }}
              value={form.values.counsellorUserId}
              onChange={(value) => form.setFieldValue('counsellorUserId', value)}
              error={form.errors.counsellorUserId}
            />
            <Select
              label="Situation fiscale du foyer"
              required
              data={options(HOUSEHOLD_TAX_BRACKET_LABELS)}
              allowDeselect={false}
              {...form.getInputProps('householdTaxBracket')}
            />
            <Group grow align="flex-start">
              <DayInput label="Premier jour du contrat" required {...form.getInputProps('startOn')} />
              <NumberInput
                label="Durée initiale (mois)"
                required
                min={4}
                max={12}
                {...form.getInputProps('initialMonths')}
              />
            </Group>
            <Text size="xs" c="dimmed">
              6 mois par défaut (4 à 12) ; renouvelable après avis de la commission de suivi, 12 mois au total (18
              exceptionnellement).
            </Text>
            <FormActions onCancel={onCancel} loading={loading} submitLabel="Préparer le contrat" />
          </Stack>
        </form>
      </Card>
      <LeaveGuardModal guard={leaveGuard} />
    </Stack>
  );
}
