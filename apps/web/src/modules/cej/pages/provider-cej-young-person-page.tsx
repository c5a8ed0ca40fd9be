import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  CEJ_ACTION_OUTCOME_LABELS,
  CejActionOutcome,
  DIGITAL_CERTIFICATION_LABELS,
  DIGITAL_PLAN_ITEM_STATUS_LABELS,
  WORKSHOP_ATTENDANCE_LABELS,
} from '@passerelle/domain';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { CejReceivedYoungPersonQuery, WorkshopAttendance } from '../../../generated/graphql';
import { formatShortDay } from '../../../lib/format';
import { notifyError, notifySuccess, showFormError } from '../../../lib/notify';
import { PageHeader } from '../../common/components/page-header';
import { QueryError } from '../../common/components/query-error';
import { formatHours, formatMonth, options } from '../cej-rules';
import { CertificationModal, DiagnosticModal, PlanItemModal } from '../components/digital-panel';
import { recentMonths } from '../components/digital-monthly-table';
import { MonthlyReturnCard } from '../components/monthly-returns';
import {
  useCejMonthlyReturnActions,
  useCejProviderAttendance,
  useCejReceivedYoungPerson,
} from '../hooks/use-cej-provider';

type Young = CejReceivedYoungPersonQuery['cejReceivedYoungPerson'];
/** What a provider records for a promo workshop day: present, or absent (excused or not); back to "planned". */
const SESSION_OUTCOMES = [
  CejActionOutcome.PLANNED,
  CejActionOutcome.DONE,
  CejActionOutcome.NOT_DONE_EXCUSED,
  CejActionOutcome.NOT_DONE_UNEXCUSED,
].map((value) => ({ value, label: CEJ_ACTION_OUTCOME_LABELS[value] }));

function WorkshopDays({ young }: { young: Young }) {
  const { record, recordDigital } = useCejProviderAttendance();
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        Présences aux ateliers
      </Title>
      {young.workshopDays.length === 0 && young.digitalEnrolments.length === 0 ? (
        <Text c="dimmed" size="sm">
          Aucun atelier de votre lot au planning de ce ou cette jeune.
        </Text>
      ) : (
        <Table withTableBorder striped aria-label="Présences aux ateliers du lot">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Jour</Table.Th>
              <Table.Th>Atelier</Table.Th>
              <Table.Th ta="right">Durée</Table.Th>
              <Table.Th>Présence</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {young.workshopDays.map((day) => (
              <Table.Tr key={day.id}>
                <Table.Td>{formatShortDay(day.date)}</Table.Td>
                <Table.Td>{day.title}</Table.Td>
                <Table.Td ta="right">{formatHours(day.plannedHours)}</Table.Td>
                <Table.Td>
                  <Select
                    aria-label={`Présence le ${formatShortDay(day.date)} (${day.title})`}
                    size="xs"
                    w={220}
                    allowDeselect={false}
                    data={
                      SESSION_OUTCOMES.some((o) => o.value === day.outcome)
                        ? SESSION_OUTCOMES
                        : [...SESSION_OUTCOMES, { value: day.outcome, label: CEJ_ACTION_OUTCOME_LABELS[day.outcome] }]
                    }
                    value={day.outcome}
                    onChange={(outcome) =>
                      outcome &&
                      record({
                        variables: {
                          input: { actionId: day.id, version: day.version, outcome: outcome as CejActionOutcome },
                        },
                      })
                        .then(() => notifySuccess('Présence enregistrée.'))
                        .catch(notifyError)
                    }
                  />
                </Table.Td>
              </Table.Tr>
            ))}
            {young.digitalEnrolments.map((enrolment) => (
              <Table.Tr key={enrolment.id}>
                <Table.Td>{formatShortDay(enrolment.workshop.date)}</Table.Td>
                <Table.Td>{enrolment.workshop.title} (atelier numérique)</Table.Td>
                <Table.Td ta="right">{formatHours(enrolment.workshop.hours)}</Table.Td>
                <Table.Td>
                  <Select
                    aria-label={`Présence le ${formatShortDay(enrolment.workshop.date)} (${enrolment.workshop.title})`}
                    size="xs"
                    w={220}
                    allowDeselect={false}
                    data={options(WORKSHOP_ATTENDANCE_LABELS)}
                    value={enrolment.attendance}
                    onChange={(attendance) =>
                      attendance &&
                      recordDigital({
                        variables: {
                          input: {
                            enrolmentId: enrolment.id,
                            version: enrolment.version,
                            attendance: attendance as WorkshopAttendance,
                          },
                        },
                      })
                        .then(() => notifySuccess('Présence enregistrée.'))
                        .catch(notifyError)
                    }
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

function DigitalPath({ young }: { young: Young }) {
  const [open, setOpen] = useState<'pix' | 'plan' | 'certification' | null>(null);
  const latest = young.pixDiagnostics[young.pixDiagnostics.length - 1];
  const close = () => setOpen(null);
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        Parcours numérique
      </Title>
      <Group gap="xs">
        <Button size="compact-sm" variant="light" onClick={() => setOpen('pix')}>
          Nouveau diagnostic Pix
        </Button>
        <Button size="compact-sm" variant="light" onClick={() => setOpen('plan')}>
          Ajouter un objectif
        </Button>
        <Button size="compact-sm" variant="light" onClick={() => setOpen('certification')}>
          Ajouter une certification
        </Button>
      </Group>
      <Text size="sm">
        {latest
          ? `Dernier diagnostic Pix le ${formatShortDay(latest.date)} : ${latest.totalPix} pix.`
          : 'Aucun diagnostic Pix.'}
      </Text>
      {young.digitalPlan.length > 0 && (
        <Stack gap={2} component="ul" m={0} pl="md">
          {young.digitalPlan.map((item) => (
            <Text size="sm" key={item.id} component="li">
              {item.competence ? `${item.competence} · ` : ''}
              {item.objective} ({DIGITAL_PLAN_ITEM_STATUS_LABELS[item.status]})
            </Text>
          ))}
        </Stack>
      )}
      {young.digitalCertifications.length > 0 && (
        <Group gap="xs">
          {young.digitalCertifications.map((c) => (
            <Badge key={c.id} color="teal" variant="light">
              {DIGITAL_CERTIFICATION_LABELS[c.kind]} · {formatShortDay(c.obtainedOn)}
              {c.result ? ` · ${c.result}` : ''}
            </Badge>
          ))}
        </Group>
      )}
      {open === 'pix' && <DiagnosticModal contractId={young.contractId} onClose={close} asProvider />}
      {open === 'plan' && <PlanItemModal contractId={young.contractId} onClose={close} asProvider />}
      {open === 'certification' && <CertificationModal contractId={young.contractId} onClose={close} asProvider />}
    </Stack>
  );
}

/** The monthly return: figures computed from what was recorded, the provider's progress and difficulties. */
function MonthlyReturns({ young }: { young: Young }) {
  const months = recentMonths(12).filter((m) => m >= `${young.startOn.slice(0, 7)}-01` && m <= young.endOn);
  const [month, setMonth] = useState(months[0] ?? recentMonths(1)[0]);
  const current = young.monthlyReturns.find((r) => r.month === month) ?? null;
  const { save, saving, submit, submitting } = useCejMonthlyReturnActions();
  const form = useForm({ initialValues: { progress: '', difficulties: '' } });
  const { setValues } = form;
  const savedProgress = current?.progress ?? '';
  const savedDifficulties = current?.difficulties ?? '';
  // The form follows the month chosen and the return saved for it.
  useEffect(() => {
    setValues({ progress: savedProgress, difficulties: savedDifficulties });
  }, [month, savedProgress, savedDifficulties, setValues]);

  async function saveDraft(values: typeof form.values) {
    try {
      const input = { contractId: young.contractId, lotId: young.lotId, month, ...values, version: current?.version };
      const saved = await save({ variables: { input } });
      notifySuccess('Retour mensuel enregistré (brouillon).');
      return saved.data?.saveCejMonthlyReturn ?? null;
    } catch (error) {
      showFormError(form, error);
      return null;
    }
  }
  async function transmit(values: typeof form.values) {
    const saved = await saveDraft(values);
    if (!saved) return;
    try {
      await submit({ variables: { input: { id: saved.id, version: saved.version } } });
      notifySuccess('Retour transmis à la Mission Locale.');
    } catch (error) {
      showFormError(form, error);
    }
  }

  const locked = current?.status === 'SUBMITTED';
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        Retours mensuels
      </Title>
      <Select
        label="Mois du retour"
        w={240}
        allowDeselect={false}
        data={months.map((m) => ({ value: m, label: formatMonth(m) }))}
        value={month}
        onChange={(m) => m && setMonth(m)}
      />
      {current && <MonthlyReturnCard row={current} showProvider={false} />}
      {!locked && (
        <Card withBorder padding="sm">
          <form onSubmit={form.onSubmit(saveDraft)} noValidate>
            <Stack gap="sm">
              <Textarea label="Progrès du mois" autosize minRows={3} {...form.getInputProps('progress')} />
              <Textarea
                label="Difficultés, points d’attention"
                autosize
                minRows={3}
                {...form.getInputProps('difficulties')}
              />
              <Text size="xs" c="dimmed">
                Heures et présences sont calculées à partir des présences saisies ; une fois transmis, le retour ne se
                modifie plus.
              </Text>
              <Group justify="flex-end">
                <Button type="submit" variant="default" loading={saving.loading}>
                  Enregistrer le brouillon
                </Button>
                <Button loading={submitting.loading} onClick={() => void form.onSubmit(transmit)()}>
                  Transmettre à la Mission Locale
                </Button>
              </Group>
            </Stack>
          </form>
        </Card>
      )}
    </Stack>
  );
}

/** A young person the provider receives through one of its CEJ lots: attendance, digital path, monthly returns. */
export function ProviderCejYoungPersonPage() {
  const { lotId = '', contractId = '' } = useParams();
  const { data, loading, error, refetch } = useCejReceivedYoungPerson(lotId, contractId);
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Skeleton h={320} />;
  if (!data) return null;
  const young = data.cejReceivedYoungPerson;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/prestataire?onglet=cej" size="sm">
        ← Jeunes reçus
      </Anchor>
      <PageHeader
        title={`${young.firstName} ${young.lastName}`}
        description={`${young.operatorName} · ${young.lotTitle} · contrat du ${formatShortDay(young.startOn)} au ${formatShortDay(young.endOn)}${young.cohortName ? ` · ${young.cohortName}` : ''}`}
      />
      <WorkshopDays young={young} />
      <DigitalPath young={young} />
      <MonthlyReturns young={young} />
    </Stack>
  );
}
