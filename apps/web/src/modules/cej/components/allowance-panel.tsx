import { useMutation, useQuery } from '@apollo/client/react';
import {
  Accordion,
  Alert,
  Badge,
  Button,
  Group,
  List,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { HOUSEHOLD_TAX_BRACKET_LABELS } from '@passerelle/domain';
import { useState } from 'react';
import type { CejAllowanceQuery, CejContractFieldsFragment, HouseholdTaxBracket } from '../../../generated/graphql';
import { formatDay, formatShortDay } from '../../../lib/format';
import { notifySuccess, showFormError } from '../../../lib/notify';
import { QueryError } from '../../common/components/query-error';
import { RecordsTable } from '../../common/components/records-table';
import {
  ALLOWANCE_TOTAL_CODES,
  allowanceExplanation,
  formatEuros,
  formatMonth,
  options,
  sanctionLabel,
} from '../cej-rules';
import { CEJ_ALLOWANCE_QUERY, DECLARE_CEJ_INCOME_MUTATION } from '../graphql/cej';
import { FormModal } from '../../common/components/form-modal';
import { monthColumn } from './month-column';

type Month = CejAllowanceQuery['cejContract']['allowance'][number];
type Contract = CejContractFieldsFragment;

const MONEY = /^\d+([.,]\d{1,2})?$/;

function DeclareModal({ contract, month, onClose }: { contract: Contract; month: string; onClose(): void }) {
  const existing = contract.incomeDeclarations.find((d) => d.month.slice(0, 7) === month.slice(0, 7));
  const [declare, { loading }] = useMutation(DECLARE_CEJ_INCOME_MUTATION, {
    refetchQueries: ['CejAllowance', 'CejContract'],
  });
  const form = useForm({
    initialValues: {
      activityIncome: existing?.activityIncome ?? '0',
      fullDeductionIncome: existing?.fullDeductionIncome ?? '0',
      taxBracket: (existing?.taxBracket ?? contract.householdTaxBracket) as string,
    },
    validate: {
      activityIncome: (value) => (MONEY.test(value.trim()) ? null : 'Un montant en euros, par ex. 612,50.'),
      fullDeductionIncome: (value) => (MONEY.test(value.trim()) ? null : 'Un montant en euros, par ex. 0.'),
    },
  });
  async function submit(values: typeof form.values) {
    try {
      await declare({
        variables: {
          input: {
            contractId: contract.id,
            month,
            activityIncome: values.activityIncome.trim().replace(',', '.'),
            fullDeductionIncome: values.fullDeductionIncome.trim().replace(',', '.'),
            taxBracket: values.taxBracket as HouseholdTaxBracket,
            version: existing?.version ?? null,
          },
        },
      });
      notifySuccess(
        `Ressources de ${formatMonth(month)} déclarées : l’allocation est recalculée.`,
        'Déclaration enregistrée',
      );
      onClose();
    } catch (error) {
      showFormError(form, error);
    }
  }
  return (
    <FormModal
      onClose={onClose}
      title={`Déclaration de ressources — ${formatMonth(month)}`}
      onSubmit={form.onSubmit(submit)}
      loading={loading}
      submitLabel={existing ? 'Remplacer la déclaration' : 'Déclarer'}
    >
      <TextInput
        label="Revenus d’activité du mois (€)"
        required
        data-autofocus
        {...form.getInputProps('activityIncome')}
      />
      <TextInput
        label="Revenus déduits en totalité (€)"
        description="Allocations chômage, rémunération de formation…"
        {...form.getInputProps('fullDeductionIncome')}
      />
      <Select
        label="Situation fiscale du foyer"
        data={options(HOUSEHOLD_TAX_BRACKET_LABELS)}
        allowDeselect={false}
        {...form.getInputProps('taxBracket')}
      />
    </FormModal>
  );
}

/** A month's computation as a counsellor explains it, the API's technical trace folded underneath. */
function MonthDetailModal({ month, sex, onClose }: { month: Month; sex: string; onClose(): void }) {
  const lines = allowanceExplanation(month, sex);
  return (
    <Modal opened onClose={onClose} title={`Allocation de ${formatMonth(month.month)}`} size="lg">
      <Stack>
        {!month.declared && (
          <Alert color="yellow" title="Ressources non déclarées">
            Le calcul est fait avec des revenus à 0 tant que la déclaration du mois manque.
          </Alert>
        )}
        <List spacing={4} aria-label="Détail du calcul" data-testid="allowance-explanation">
          {lines.map((line, i) => (
            <List.Item key={line} fw={i === lines.length - 1 ? 700 : undefined}>
              {line}
            </List.Item>
          ))}
        </List>
        <Accordion variant="contained">
          <Accordion.Item value="technique">
            <Accordion.Control>Détail technique</Accordion.Control>
            <Accordion.Panel>
              <Table striped withTableBorder aria-label="Détail technique du calcul">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Terme</Table.Th>
                    <Table.Th>Code</Table.Th>
                    <Table.Th ta="right">Valeur</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {month.terms.map((term) => (
                    <Table.Tr key={term.code} fw={ALLOWANCE_TOTAL_CODES.includes(term.code) ? 700 : undefined}>
                      <Table.Td>{term.label}</Table.Td>
                      <Table.Td>
                        <Text size="xs" ff="monospace">
                          {term.code}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {/^-?\d+(\.\d+)?$/.test(term.value) && !/coefficient|factor|decimals/i.test(term.code)
                          ? formatEuros(term.value)
                          : term.value.replace('.', ',')}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Text size="xs" mt="xs">
                A = max(0, M − R_full) − max(0, R_act − 300) × M / (0,8 × SMIC − 300), jamais négative ; puis prorata
                des jours couverts et sanction éventuelle.
                {month.monthlyAmountValidFrom &&
                  ` Montant M en vigueur depuis le ${formatDay(month.monthlyAmountValidFrom)}.`}
              </Text>
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      </Stack>
    </Modal>
  );
}

/** Allowance month by month, the monthly income declarations, and the detail of each month. */
export function AllowancePanel({ contract, canWrite }: { contract: Contract; canWrite: boolean }) {
  const { data, loading, error, refetch } = useQuery(CEJ_ALLOWANCE_QUERY, {
    variables: { id: contract.id },
    skip: contract.status === 'DRAFT',
  });
  const [modal, setModal] = useState<{ type: 'detail'; month: Month } | { type: 'declare'; month: string } | null>(
    null,
  );
  if (contract.status === 'DRAFT') return <Text c="dimmed">L’allocation est calculée une fois le contrat signé.</Text>;
  const months = data?.cejContract.allowance ?? [];
  return (
    <Stack>
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      <RecordsTable
        fetching={loading}
        noRecordsText="Aucun mois à calculer pour l’instant"
        records={months}
        idAccessor="month"
        columns={[
          monthColumn(),
          {
            accessor: 'declared',
            title: 'Ressources',
            render: (m) =>
              m.declared ? (
                <Text size="sm">
                  {formatEuros(m.activityIncome)} d’activité
                  {Number(m.fullDeductionIncome) > 0 ? ` · ${formatEuros(m.fullDeductionIncome)} déduits` : ''}
                </Text>
              ) : (
                <Badge color="yellow" variant="light">
                  Non déclarées
                </Badge>
              ),
          },
          {
            accessor: 'monthlyAmount',
            title: 'Montant M',
            textAlign: 'right',
            render: (m) => formatEuros(m.monthlyAmount),
          },
          {
            accessor: 'sanction',
            title: 'Sanction',
            render: (m) =>
              m.sanction === 'NONE' ? (
                '—'
              ) : (
                <Badge color="red" variant="light">
                  {sanctionLabel(m.sanction)}
                </Badge>
              ),
          },
          {
            accessor: 'amount',
            title: 'Allocation due',
            textAlign: 'right',
            render: (m) => (
              <Text fw={700} size="sm">
                {formatEuros(m.amount)}
              </Text>
            ),
          },
          {
            accessor: 'actions',
            title: '',
            textAlign: 'right',
            render: (m) => (
              <Group gap="xs" justify="flex-end" wrap="nowrap">
                <Button size="compact-xs" variant="light" onClick={() => setModal({ type: 'detail', month: m })}>
                  Détail du calcul
                </Button>
                {canWrite && contract.status !== 'ENDED' && (
                  <Button
                    size="compact-xs"
                    variant="default"
                    onClick={() => setModal({ type: 'declare', month: m.month })}
                  >
                    {m.declared ? 'Modifier les ressources' : 'Déclarer les ressources'}
                  </Button>
                )}
              </Group>
            ),
          },
        ]}
      />
      {contract.incomeDeclarations.length > 0 && (
        <Text size="xs" c="dimmed">
          Dernière déclaration :{' '}
          {formatShortDay(
            [...contract.incomeDeclarations].sort((a, b) => b.declaredOn.localeCompare(a.declaredOn))[0].declaredOn,
          )}
          .
        </Text>
      )}
      {modal?.type === 'detail' && (
        <MonthDetailModal month={modal.month} sex={contract.participant.sex} onClose={() => setModal(null)} />
      )}
      {modal?.type === 'declare' && (
        <DeclareModal contract={contract} month={modal.month} onClose={() => setModal(null)} />
      )}
    </Stack>
  );
}
