import { BarChart } from '@mantine/charts';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { CejContractFieldsFragment } from '../../../generated/graphql';
import { formatDateTime, formatDay, formatShortDay, todayInParis } from '../../../lib/format';
import { notifyError } from '../../../lib/notify';
import { PageHeader } from '../../common/components/page-header';
import { QueryError } from '../../common/components/query-error';
import { RecordsTable } from '../../common/components/records-table';
import { participantName } from '../../participants';
import {
  actionKindLabel,
  actionOutcomeLabel,
  CONTRACT_ACTION_LABELS,
  contractStatusLabel,
  exitReasonLabel,
  formatHours,
  formatRate,
  OUTCOME_COLORS,
  suspensionReasonLabel,
  taxBracketLabel,
  transitionLabel,
  weeksChartData,
} from '../cej-rules';
import { AllowancePanel } from '../components/allowance-panel';
import { BookletSections } from '../components/booklet-sections';
import { BreachSuggestions } from '../components/breach-suggestions';
import { DigitalPanel } from '../components/digital-panel';
import { MonthlyReturnsPanel } from '../components/monthly-returns';
import { PositioningPanel } from '../components/positioning-panel';
import { downloadBookletPdf, downloadFinalEvaluation } from '../files';
import { CompanyDaysGauge, ContractStatusBadge } from '../components/cej-badges';
import { ContractActionModal } from '../components/contract-modals';
import { PlanningWeek } from '../components/planning-week';
import { useCejContract, useCejContractActions } from '../hooks/use-cej-contract';
import { QueryPending } from '../../common/components/query-pending';
import { monthColumn } from '../components/month-column';

type Contract = CejContractFieldsFragment;

function Summary({ contract }: { contract: Contract }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }}>
      <Card withBorder>
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            Période
          </Text>
          <Text fw={600}>
            Du {formatDay(contract.startOn)} au {formatDay(contract.lastDayOn)}
          </Text>
          <Text size="sm">
            {contract.initialMonths} mois initiaux
            {contract.renewals.length > 0 ? ` · ${contract.renewals.length} renouvellement(s)` : ''}
            {contract.signedOn
              ? ` · signé le ${formatShortDay(contract.signedOn)} (${contract.ageAtSignature} ans)`
              : ' · non signé'}
          </Text>
        </Stack>
      </Card>
      <Card withBorder>
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            Suivi
          </Text>
          <Text fw={600}>{contract.counsellor.fullName}</Text>
          <Text size="sm">
            {contract.branch?.name ?? 'Sans antenne'}
            {contract.cohort && (
              <>
                {' · '}
                <Anchor component={Link} to={`/cej/promos/${contract.cohort.id}`} size="sm">
                  {contract.cohort.name}
                </Anchor>
              </>
            )}
          </Text>
          <Text size="xs" c="dimmed">
            {taxBracketLabel(contract.householdTaxBracket)}
          </Text>
        </Stack>
      </Card>
      <Card withBorder>
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            Jours en entreprise (objectif des 6 premiers mois)
          </Text>
          {contract.companyDays ? (
            <>
              <CompanyDaysGauge days={contract.companyDays} size="lg" />
              <Text size="xs" c="dimmed">
                {contract.companyDays.reached
                  ? 'Objectif atteint.'
                  : contract.companyDays.projectedOn
                    ? `Au rythme actuel (${contract.companyDays.pacePerWeek.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} j/sem.) : atteint le ${formatShortDay(contract.companyDays.projectedOn)}${contract.companyDays.onTrack ? '' : ', après la fenêtre'}.`
                    : 'Aucun jour en entreprise pour l’instant.'}{' '}
                Fenêtre jusqu’au {formatShortDay(contract.companyDays.windowEndsOn)}.
              </Text>
            </>
          ) : (
            <Text size="sm" c="dimmed">
              Compté à partir de la signature.
            </Text>
          )}
        </Stack>
      </Card>
    </SimpleGrid>
  );
}

function FollowUpTab({ contract }: { contract: Contract }) {
  const weeks = contract.weeks;
  // Weeks begun so far, the latest first: the weeks to come have nothing to show yet.
  const today = todayInParis();
  const pastWeeks = weeks.filter((w) => w.weekStart <= today).reverse();
  return (
    <Stack>
      <Title order={3} size="h4">
        Heures prévues et réalisées par semaine
      </Title>
      {weeks.length > 0 ? (
        <BarChart
          h={240}
          data={weeksChartData(weeks)}
          dataKey="semaine"
          series={[
            { name: 'Prévues', color: 'blue.3' },
            { name: 'Réalisées', color: 'teal.6' },
          ]}
          referenceLines={[{ y: weeks[0].weeklyHoursMin, label: 'Minimum', color: 'orange.6' }]}
        />
      ) : (
        <Text c="dimmed">Aucune semaine pour l’instant.</Text>
      )}
      <Title order={3} size="h4">
        Par mois
      </Title>
      <RecordsTable
        records={contract.months}
        idAccessor="month"
        emptyHeight={120}
        noRecordsText="Aucun mois"
        columns={[
          monthColumn(),
          {
            accessor: 'plannedHours',
            title: 'Prévues',
            textAlign: 'right',
            render: (m) => formatHours(m.plannedHours),
          },
          { accessor: 'doneHours', title: 'Réalisées', textAlign: 'right', render: (m) => formatHours(m.doneHours) },
          {
            accessor: 'attendanceRate',
            title: 'Assiduité',
            textAlign: 'right',
            render: (m) => formatRate(m.attendanceRate),
          },
          {
            accessor: 'averageWeeklyDoneHours',
            title: 'Moyenne hebdo.',
            textAlign: 'right',
            render: (m) => formatHours(m.averageWeeklyDoneHours),
          },
          {
            accessor: 'intensityMet',
            title: 'Intensité',
            render: (m) => (
              <Badge color={m.intensityMet ? 'teal' : 'orange'} variant="light">
                {m.intensityMet ? 'Atteinte' : 'Insuffisante'} · {m.weeksMeetingIntensity}/{m.weeks} sem.
              </Badge>
            ),
          },
          { accessor: 'companyDays', title: 'Jours en entreprise', textAlign: 'right' },
        ]}
      />
      <Title order={3} size="h4">
        Par semaine
      </Title>
      <RecordsTable
        records={pastWeeks}
        idAccessor="weekStart"
        emptyHeight={120}
        noRecordsText="Aucune semaine"
        columns={[
          {
            accessor: 'weekStart',
            title: 'Semaine',
            render: (w) =>
              `${formatShortDay(w.weekStart)} → ${formatShortDay(w.weekEnd)}${w.complete ? '' : ' (en cours)'}`,
          },
          {
            accessor: 'plannedHours',
            title: 'Prévues',
            textAlign: 'right',
            render: (w) => formatHours(w.plannedHours),
          },
          { accessor: 'doneHours', title: 'Réalisées', textAlign: 'right', render: (w) => formatHours(w.doneHours) },
          {
            accessor: 'attendanceRate',
            title: 'Assiduité',
            textAlign: 'right',
            render: (w) => (
              <Text size="sm" c={w.attendanceRate !== null && !w.attendanceMet ? 'red.7' : undefined}>
                {formatRate(w.attendanceRate)}
              </Text>
            ),
          },
          {
            accessor: 'unexcusedAbsenceHours',
            title: 'Absences injustifiées',
            textAlign: 'right',
            render: (w) => formatHours(w.unexcusedAbsenceHours),
          },
          {
            accessor: 'intensityMet',
            title: 'Intensité (15 à 20 h)',
            render: (w) => (
              <Badge color={w.intensityMet ? 'teal' : w.complete ? 'orange' : 'gray'} variant="light">
                {w.intensityMet ? 'Atteinte' : w.complete ? 'Insuffisante' : 'En cours'}
              </Badge>
            ),
          },
          { accessor: 'companyDays', title: 'Jours en entreprise', textAlign: 'right' },
        ]}
      />
    </Stack>
  );
}

/** The action booklet: every action with its objective, outcome and the young person's self-evaluation. */
function BookletTab({ contract, canWrite }: { contract: Contract; canWrite: boolean }) {
  const { actions, loading, error, refetch } = useCejContractActions(contract.id);
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  return (
    <Stack>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => void downloadBookletPdf(contract.id).catch(notifyError)}>
          Télécharger le livret (PDF)
        </Button>
        <Button variant="default" onClick={() => void downloadFinalEvaluation(contract.id).catch(notifyError)}>
          Exporter l’évaluation finale (Excel)
        </Button>
      </Group>
      <RecordsTable
        fetching={loading}
        records={actions}
        noRecordsText="Aucune action au livret"
        columns={[
          { accessor: 'date', title: 'Jour', render: (a) => formatShortDay(a.date) },
          {
            accessor: 'title',
            title: 'Action',
            render: (a) => (
              <Stack gap={0}>
                <Text size="sm" fw={500}>
                  {a.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {actionKindLabel(a.kind)}
                  {a.organisation ? ` · ${a.organisation}` : ''}
                </Text>
              </Stack>
            ),
          },
          { accessor: 'objective', title: 'Objectif', render: (a) => a.objective ?? '—' },
          {
            accessor: 'outcome',
            title: 'Réalisation',
            render: (a) => (
              <Badge color={OUTCOME_COLORS[a.outcome]} variant="light" style={{ whiteSpace: 'normal', height: 'auto' }}>
                {actionOutcomeLabel(a.outcome)}
              </Badge>
            ),
          },
          {
            accessor: 'selfEvaluationNote',
            title: 'Ce que le ou la jeune en retient',
            render: (a) => a.selfEvaluationNote ?? '—',
          },
        ]}
      />
      <BookletSections contractId={contract.id} canWrite={canWrite && contract.status !== 'DRAFT'} />
    </Stack>
  );
}

/** A part of the contract's history: its title, then `empty` when there is nothing to list, else the list. */
function HistoryPart({ title, empty, children }: { title: string; empty: string | false; children: ReactNode }) {
  return (
    <>
      <Title order={3} size="h4">
        {title}
      </Title>
      {empty ? (
        <Text c="dimmed" size="sm">
          {empty}
        </Text>
      ) : (
        children
      )}
    </>
  );
}

function HistoryTab({ contract }: { contract: Contract }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
      <Stack>
        <Title order={3} size="h4">
          Historique du contrat
        </Title>
        <Timeline active={contract.events.length} bulletSize={14} lineWidth={2}>
          <Timeline.Item title="Contrat préparé">
            <Text size="xs" c="dimmed">
              {formatDateTime(contract.createdAt)}
            </Text>
          </Timeline.Item>
          {contract.events.map((event) => (
            <Timeline.Item
              key={event.id}
              title={`${transitionLabel(event.kind).replace(/^./, (c) => c.toUpperCase())} → ${contractStatusLabel(event.toStatus)}`}
            >
              <Text size="xs" c="dimmed">
                Le {formatShortDay(event.effectiveOn)} (saisi le {formatDateTime(event.recordedAt)})
              </Text>
              {event.reason && <Text size="sm">{event.reason}</Text>}
            </Timeline.Item>
          ))}
        </Timeline>
        {contract.exit && (
          <Alert
            color={contract.exit.positive ? 'teal' : 'gray'}
            title={`Sortie le ${formatDay(contract.exit.endedOn)}`}
          >
            {exitReasonLabel(contract.exit.reason)}
            {contract.exit.comment ? ` — ${contract.exit.comment}` : ''}
          </Alert>
        )}
      </Stack>
      <Stack>
        <HistoryPart title="Renouvellements" empty={contract.renewals.length === 0 && 'Aucun renouvellement.'}>
          <Table withTableBorder striped>
            <Table.Tbody>
              {contract.renewals.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>Commission du {formatShortDay(r.commissionOn)}</Table.Td>
                  <Table.Td>
                    {formatShortDay(r.previousEndOn)} → {formatShortDay(r.newEndOn)}
                    {r.exceptional && <Badge ml="xs">Exceptionnel</Badge>}
                  </Table.Td>
                  <Table.Td>{r.opinion}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </HistoryPart>
        <HistoryPart title="Suspensions" empty={contract.suspensions.length === 0 && 'Aucune suspension.'}>
          {contract.suspensions.map((s) => (
            <Text key={s.id} size="sm">
              {suspensionReasonLabel(s.reason)} : du {formatShortDay(s.fromOn)}{' '}
              {s.resumedOn
                ? `à la reprise du ${formatShortDay(s.resumedOn)}`
                : s.expectedUntil
                  ? `(reprise prévue le ${formatShortDay(s.expectedUntil)})`
                  : '(en cours)'}
              {s.note ? ` — ${s.note}` : ''}
            </Text>
          ))}
        </HistoryPart>
        <HistoryPart title="Manquements" empty={contract.breaches.length === 0 && 'Aucun manquement.'}>
          {contract.breaches.map((b) => (
            <Text key={b.id} size="sm">
              {b.rank}
              {b.rank === 1 ? 'er' : 'e'} manquement, le {formatShortDay(b.occurredOn)} : {b.note}
            </Text>
          ))}
        </HistoryPart>
      </Stack>
    </SimpleGrid>
  );
}

export function CejContractPage() {
  const { id = '' } = useParams();
  const { contract, loading, error, refetch, canWrite, actions, action, setAction, tab, openTab } = useCejContract(id);

  if (!contract) return <QueryPending error={error} loading={loading} onRetry={() => void refetch()} h={300} />;

  return (
    <Stack gap="md">
      <PageHeader
        title={`CEJ — ${participantName(contract.participant)}`}
        description={
          <Group gap="xs" component="span">
            <ContractStatusBadge status={contract.status} />
            <Anchor component={Link} to={`/participants/${contract.participant.id}`} size="sm">
              Fiche du participant
            </Anchor>
          </Group>
        }
        actions={actions.map((a) => (
          <Button
            key={a}
            variant={a === 'sign' || a === 'renew' ? 'filled' : 'default'}
            color={a === 'end' || a === 'decideTermination' ? 'red' : undefined}
            onClick={() => setAction(a)}
          >
            {CONTRACT_ACTION_LABELS[a]}
          </Button>
        ))}
      />
      {contract.terminationDecisionPending && (
        <Alert color="red" title="Troisième manquement">
          La fin du contrat est à décider par le représentant légal de la structure, après avoir entendu le ou la jeune.
        </Alert>
      )}
      <Summary contract={contract} />
      {contract.status !== 'DRAFT' && <BreachSuggestions contractId={contract.id} canWrite={canWrite} />}
      <Tabs value={tab} onChange={openTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="planning">Planning</Tabs.Tab>
          <Tabs.Tab value="suivi">Assiduité et intensité</Tabs.Tab>
          <Tabs.Tab value="positionnement">Positionnement</Tabs.Tab>
          <Tabs.Tab value="allocation">Allocation</Tabs.Tab>
          <Tabs.Tab value="livret">Livret d’actions</Tabs.Tab>
          <Tabs.Tab value="numerique">Parcours numérique</Tabs.Tab>
          <Tabs.Tab value="retours">Retours des prestataires</Tabs.Tab>
          <Tabs.Tab value="historique">Historique</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="planning" pt="md">
          {contract.status === 'DRAFT' ? (
            <Text c="dimmed">Le planning s’ouvre à la signature du contrat.</Text>
          ) : (
            <PlanningWeek contract={contract} canWrite={canWrite} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="suivi" pt="md">
          <FollowUpTab contract={contract} />
        </Tabs.Panel>
        <Tabs.Panel value="positionnement" pt="md">
          <PositioningPanel contract={contract} canWrite={canWrite} />
        </Tabs.Panel>
        <Tabs.Panel value="numerique" pt="md">
          {contract.status === 'DRAFT' ? (
            <Text c="dimmed">Le parcours numérique s’ouvre à la signature du contrat.</Text>
          ) : (
            <DigitalPanel contractId={contract.id} canWrite={canWrite} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="retours" pt="md">
          <MonthlyReturnsPanel contractId={contract.id} />
        </Tabs.Panel>
        <Tabs.Panel value="allocation" pt="md">
          <AllowancePanel contract={contract} canWrite={canWrite} />
        </Tabs.Panel>
        <Tabs.Panel value="livret" pt="md">
          <BookletTab contract={contract} canWrite={canWrite} />
        </Tabs.Panel>
        <Tabs.Panel value="historique" pt="md">
          <HistoryTab contract={contract} />
        </Tabs.Panel>
      </Tabs>
      {action && <ContractActionModal action={action} contract={contract} onClose={() => setAction(null)} />}
    </Stack>
  );
}
