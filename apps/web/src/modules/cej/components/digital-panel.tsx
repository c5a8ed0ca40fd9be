import { useMutation, useQuery } from '@apollo/client/react';
import {
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  DIGITAL_CERTIFICATION_LABELS,
  DIGITAL_PLAN_ITEM_STATUS_LABELS,
  PIX_COMPETENCES,
  PIX_MAX_PER_COMPETENCE,
  WORKSHOP_ATTENDANCE_LABELS,
} from '@passerelle/domain';
import { useState } from 'react';
import type {
  CejDigitalQuery,
  DigitalCertificationKind,
  DigitalPlanItemStatus,
  WorkshopAttendance,
} from '../../../generated/graphql';
import { formatShortDay, todayInParis } from '../../../lib/format';
import { notifyError, notifySuccess, showFormError } from '../../../lib/notify';
import { DayInput } from '../../common/components/day-input';
import { HoursInput } from './hours-input';
import { QueryError } from '../../common/components/query-error';
import { formatHours, options } from '../cej-rules';
import {
  CEJ_DIGITAL_QUERY,
  CEJ_DIGITAL_WORKSHOPS_QUERY,
  CREATE_CEJ_DIGITAL_WORKSHOP_MUTATION,
  ENROL_IN_CEJ_DIGITAL_WORKSHOP_MUTATION,
  RECORD_CEJ_DIGITAL_CERTIFICATION_MUTATION,
  RECORD_CEJ_PIX_DIAGNOSTIC_MUTATION,
  RECORD_CEJ_WORKSHOP_ATTENDANCE_MUTATION,
  SAVE_CEJ_DIGITAL_PLAN_ITEM_MUTATION,
} from '../graphql/cej-digital';
import { FormModal, formSaveProps } from '../../common/components/form-modal';
import { useContractedLots, useDigitalLot } from '../hooks/use-contracted-lots';
import { ListSection } from '../../common/components/list-section';
import {
  RECORD_CEJ_PROVIDER_CERTIFICATION_MUTATION,
  RECORD_CEJ_PROVIDER_PIX_DIAGNOSTIC_MUTATION,
  SAVE_CEJ_PROVIDER_DIGITAL_PLAN_ITEM_MUTATION,
} from '../graphql/cej-provider';

type Digital = NonNullable<CejDigitalQuery['cejContract']>;
const REFETCH = ['CejDigital'];
/** The provider of a CEJ lot records the same things for the young people it receives, through its own operations. */
const PROVIDER_REFETCH = ['CejReceivedYoungPerson'];

interface DigitalModalProps {
  contractId: string;
  onClose(): void;
  asProvider?: boolean;
}
const COMPETENCE_OPTIONS = PIX_COMPETENCES.map((c) => ({ value: c.code, label: `${c.code} ${c.label}` }));
const competenceLabel = (code: string | null | undefined) =>
  code ? (COMPETENCE_OPTIONS.find((o) => o.value === code)?.label ?? code) : 'Tout le numérique';

/** A form path may not hold the dot of a competence code ("1.1" would read as pix → 1 → 1). */
const pixKey = (code: string) => code.replace('.', '_');

/** A Pix diagnostic: the pix of each of the 16 competences (0 to 56), the missing ones count 0. */
export function DiagnosticModal({ contractId, onClose, asProvider = false }: DigitalModalProps) {
  const [recordOperator, operator] = useMutation(RECORD_CEJ_PIX_DIAGNOSTIC_MUTATION, { refetchQueries: REFETCH });
  const [recordProvider, provider] = useMutation(RECORD_CEJ_PROVIDER_PIX_DIAGNOSTIC_MUTATION, {
    refetchQueries: PROVIDER_REFETCH,
  });
  const record = asProvider ? recordProvider : recordOperator;
  const loading = operator.loading || provider.loading;
  const form = useForm({
    initialValues: {
      date: todayInParis(),
      note: '',
      pix: Object.fromEntries(PIX_COMPETENCES.map((c) => [pixKey(c.code), 0 as number | string])),
    },
  });
  async function submit(values: typeof form.values) {
    try {
      const scores = PIX_COMPETENCES.map((c) => ({ competence: c.code, pix: Number(values.pix[pixKey(c.code)]) || 0 }));
      await record({
        variables: { input: { contractId, date: values.date, note: values.note.trim() || null, scores } },
      });
      notifySuccess('Diagnostic Pix enregistré.');
      onClose();
    } catch (error) {
      showFormError(form, error);
    }
  }
  return (
    <FormModal
      onClose={onClose}
      title="Diagnostic Pix"
      size="xl"
      onSubmit={form.onSubmit(submit)}
      loading={loading}
      submitLabel="Enregistrer le diagnostic"
    >
      <DayInput label="Jour du diagnostic" required w={220} {...form.getInputProps('date')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {PIX_COMPETENCES.map((c) => (
          <NumberInput
            key={c.code}
            label={`${c.code} ${c.label}`}
            min={0}
            max={PIX_MAX_PER_COMPETENCE}
            allowDecimal={false}
            {...form.getInputProps(`pix.${pixKey(c.code)}`)}
          />
        ))}
      </SimpleGrid>
      <Textarea label="Observations" autosize minRows={2} {...form.getInputProps('note')} />
    </FormModal>
  );
}

function PixSection({ digital, canWrite }: { digital: Digital; canWrite: boolean }) {
  const [open, setOpen] = useState(false);
  const latest = digital.pixDiagnostics[digital.pixDiagnostics.length - 1];
  return (
    <ListSection
      title="Diagnostic Pix"
      addLabel="Nouveau diagnostic"
      onAdd={canWrite ? () => setOpen(true) : undefined}
      empty={!latest && 'Aucun diagnostic.'}
      dialog={open && <DiagnosticModal contractId={digital.id} onClose={() => setOpen(false)} />}
    >
      {latest && (
        <>
          <Text size="sm">
            Dernier diagnostic le {formatShortDay(latest.date)} : <b>{latest.totalPix} pix</b>
            {digital.pixDiagnostics.length > 1 &&
              ` (précédents : ${digital.pixDiagnostics
                .slice(0, -1)
                .map((d) => `${d.totalPix} pix le ${formatShortDay(d.date)}`)
                .join(', ')})`}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 5 }}>
            {latest.domains.map((d) => (
              <Card key={d.domain} withBorder padding="xs">
                <Text size="xs" c="dimmed">
                  {d.label}
                </Text>
                <Text fw={600}>
                  {d.pix} / {d.maxPix}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
          <Table withTableBorder striped aria-label="Résultat par compétence Pix">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Compétence</Table.Th>
                <Table.Th ta="right">Pix</Table.Th>
                <Table.Th ta="right">Niveau</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {latest.competences.map((c) => (
                <Table.Tr key={c.competence}>
                  <Table.Td>
                    {c.competence} {c.label}
                  </Table.Td>
                  <Table.Td ta="right">{c.pix}</Table.Td>
                  <Table.Td ta="right">{c.level}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </ListSection>
  );
}

export function PlanItemModal({ contractId, onClose, asProvider = false }: DigitalModalProps) {
  const [saveOperator, operator] = useMutation(SAVE_CEJ_DIGITAL_PLAN_ITEM_MUTATION, { refetchQueries: REFETCH });
  const [saveProvider, provider] = useMutation(SAVE_CEJ_PROVIDER_DIGITAL_PLAN_ITEM_MUTATION, {
    refetchQueries: PROVIDER_REFETCH,
  });
  const save = asProvider ? saveProvider : saveOperator;
  const loading = operator.loading || provider.loading;
  const form = useForm({
    initialValues: { competence: '', objective: '', dueOn: '' },
    validate: { objective: (v) => (v.trim() ? null : 'L’objectif est obligatoire.') },
  });
  const modal = formSaveProps(form, 'Objectif ajouté au plan d’action numérique.', onClose, (values) =>
    save({
      variables: {
        input: {
          contractId,
          competence: values.competence || null,
          objective: values.objective.trim(),
          dueOn: values.dueOn || null,
        },
      },
    }),
  );
  return (
    <FormModal {...modal} title="Objectif du plan d’action numérique" loading={loading} submitLabel="Ajouter">
      <Select
        label="Compétence Pix visée"
        data={COMPETENCE_OPTIONS}
        clearable
        searchable
        {...form.getInputProps('competence')}
      />
      <Textarea label="Objectif" required autosize minRows={2} data-autofocus {...form.getInputProps('objective')} />
      <DayInput label="Échéance" w={220} {...form.getInputProps('dueOn')} />
    </FormModal>
  );
}

function PlanSection({ digital, canWrite }: { digital: Digital; canWrite: boolean }) {
  const [open, setOpen] = useState(false);
  const [save] = useMutation(SAVE_CEJ_DIGITAL_PLAN_ITEM_MUTATION, { refetchQueries: REFETCH });
  async function setStatus(item: Digital['digitalPlan'][number], status: string) {
    try {
      await save({
        variables: {
          input: {
            contractId: digital.id,
            id: item.id,
            version: item.version,
            competence: item.competence,
            objective: item.objective,
            dueOn: item.dueOn,
            status: status as DigitalPlanItemStatus,
          },
        },
      });
    } catch (error) {
      notifyError(error);
    }
  }
  return (
    <ListSection
      title="Plan d’action numérique individualisé"
      addLabel="Ajouter un objectif"
      onAdd={canWrite ? () => setOpen(true) : undefined}
      empty={digital.digitalPlan.length === 0 && 'Aucun objectif.'}
      dialog={open && <PlanItemModal contractId={digital.id} onClose={() => setOpen(false)} />}
    >
      <Table withTableBorder striped aria-label="Plan d’action numérique">
        <Table.Tbody>
          {digital.digitalPlan.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>{item.objective}</Table.Td>
              <Table.Td>
                <Text size="xs">{competenceLabel(item.competence)}</Text>
              </Table.Td>
              <Table.Td>{item.dueOn ? `Pour le ${formatShortDay(item.dueOn)}` : '—'}</Table.Td>
              <Table.Td w={170}>
                <Select
                  size="xs"
                  aria-label={`État de l’objectif ${item.objective}`}
                  data={options(DIGITAL_PLAN_ITEM_STATUS_LABELS)}
                  value={item.status}
                  allowDeselect={false}
                  disabled={!canWrite}
                  onChange={(value) => value && void setStatus(item, value)}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ListSection>
  );
}

/** Enrols in a digital workshop to come, or schedules a new one in the branch's digital space. */
function EnrolModal({ digital, onClose }: { digital: Digital; onClose(): void }) {
  const today = todayInParis();
  const workshops = useQuery(CEJ_DIGITAL_WORKSHOPS_QUERY, { variables: { first: 50, from: today } });
  const [enrol, enrolling] = useMutation(ENROL_IN_CEJ_DIGITAL_WORKSHOP_MUTATION, { refetchQueries: REFETCH });
  const [create, creating] = useMutation(CREATE_CEJ_DIGITAL_WORKSHOP_MUTATION, {
    refetchQueries: ['CejDigitalWorkshops'],
  });
  const form = useForm({
    initialValues: { workshopId: '', title: '', date: today, hours: 2 as number | string, lotId: '', provider: '' },
  });
  const lots = useContractedLots();
  const [creatingNew, setCreatingNew] = useState(false);
  async function submit(values: typeof form.values) {
    try {
      let workshopId = values.workshopId;
      if (creatingNew) {
        const created = await create({
          variables: {
            input: {
              title: values.title.trim(),
              date: values.date,
              hours: Number(values.hours),
              lotId: values.lotId || null,
              provider: values.lotId ? null : values.provider.trim() || null,
              branchId: digital.branch?.id ?? null,
            },
          },
        });
        workshopId = created.data!.createCejDigitalWorkshop.id;
      }
      if (!workshopId) {
        form.setErrors({ workshopId: 'Choisissez un atelier.' });
        return;
      }
      await enrol({ variables: { input: { workshopId, contractId: digital.id } } });
      notifySuccess('Inscription enregistrée.');
      onClose();
    } catch (error) {
      showFormError(form, error);
    }
  }
  const data = (workshops.data?.cejDigitalWorkshops.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: `${formatShortDay(node.date)} · ${node.title} (${formatHours(node.hours)})`,
  }));
  return (
    <FormModal
      onClose={onClose}
      title="Inscrire à un atelier numérique"
      onSubmit={form.onSubmit(submit)}
      loading={enrolling.loading || creating.loading}
      submitLabel="Inscrire"
    >
      {!creatingNew ? (
        <>
          <Select
            label="Atelier à venir"
            data={data}
            searchable
            nothingFoundMessage="Aucun atelier à venir"
            {...form.getInputProps('workshopId')}
          />
          <Button variant="subtle" size="compact-sm" onClick={() => setCreatingNew(true)}>
            Programmer un nouvel atelier
          </Button>
        </>
      ) : (
        <>
          <TextInput label="Intitulé" required {...form.getInputProps('title')} />
          <Group grow>
            <DayInput label="Jour" required {...form.getInputProps('date')} />
            <HoursInput {...form.getInputProps('hours')} />
          </Group>
          <Select
            label="Lot du marché"
            description="Son prestataire anime l’atelier et saisit les présences."
            placeholder="Hors marché"
            clearable
            data={lots.options}
            {...form.getInputProps('lotId')}
          />
          {!form.values.lotId && <TextInput label="Animé par (hors marché)" {...form.getInputProps('provider')} />}
        </>
      )}
    </FormModal>
  );
}

function WorkshopsSection({ digital, canWrite }: { digital: Digital; canWrite: boolean }) {
  const [open, setOpen] = useState(false);
  const [attend] = useMutation(RECORD_CEJ_WORKSHOP_ATTENDANCE_MUTATION, { refetchQueries: REFETCH });
  async function setAttendance(enrolment: Digital['digitalEnrolments'][number], attendance: string) {
    try {
      await attend({
        variables: {
          input: {
            enrolmentId: enrolment.id,
            version: enrolment.version,
            attendance: attendance as WorkshopAttendance,
          },
        },
      });
    } catch (error) {
      notifyError(error);
    }
  }
  return (
    <ListSection
      title="Ateliers numériques"
      addLabel="Inscrire à un atelier"
      onAdd={canWrite ? () => setOpen(true) : undefined}
      empty={digital.digitalEnrolments.length === 0 && 'Aucune inscription.'}
      dialog={open && <EnrolModal digital={digital} onClose={() => setOpen(false)} />}
    >
      <Table withTableBorder striped aria-label="Inscriptions aux ateliers numériques">
        <Table.Tbody>
          {digital.digitalEnrolments.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td>{formatShortDay(e.workshop.date)}</Table.Td>
              <Table.Td>
                {e.workshop.title}
                {e.workshop.provider ? ` · ${e.workshop.provider}` : ''} ({formatHours(e.workshop.hours)})
              </Table.Td>
              <Table.Td w={200}>
                <Select
                  size="xs"
                  aria-label={`Présence à ${e.workshop.title}`}
                  data={options(WORKSHOP_ATTENDANCE_LABELS)}
                  value={e.attendance}
                  allowDeselect={false}
                  disabled={!canWrite}
                  onChange={(value) => value && void setAttendance(e, value)}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ListSection>
  );
}

export function CertificationModal({ contractId, onClose, asProvider = false }: DigitalModalProps) {
  const [recordOperator, operator] = useMutation(RECORD_CEJ_DIGITAL_CERTIFICATION_MUTATION, {
    refetchQueries: REFETCH,
  });
  const [recordProvider, provider] = useMutation(RECORD_CEJ_PROVIDER_CERTIFICATION_MUTATION, {
    refetchQueries: PROVIDER_REFETCH,
  });
  const record = asProvider ? recordProvider : recordOperator;
  const loading = operator.loading || provider.loading;
  const form = useForm({ initialValues: { kind: 'PIX', obtainedOn: todayInParis(), result: '', reference: '' } });
  const modal = formSaveProps(form, 'Certification enregistrée.', onClose, (values) =>
    record({
      variables: {
        input: {
          contractId,
          kind: values.kind as DigitalCertificationKind,
          obtainedOn: values.obtainedOn,
          result: values.result.trim() || null,
          reference: values.reference.trim() || null,
        },
      },
    }),
  );
  return (
    <FormModal {...modal} title="Certification obtenue" loading={loading} submitLabel="Enregistrer">
      <Select
        label="Certification"
        data={options(DIGITAL_CERTIFICATION_LABELS)}
        allowDeselect={false}
        {...form.getInputProps('kind')}
      />
      <DayInput label="Obtenue le" required w={220} {...form.getInputProps('obtainedOn')} />
      <TextInput label="Résultat" placeholder="ex. 312 pix" {...form.getInputProps('result')} />
      <TextInput label="Référence" {...form.getInputProps('reference')} />
    </FormModal>
  );
}

function CertificationsSection({ digital, canWrite }: { digital: Digital; canWrite: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <ListSection
      title="Certifications"
      addLabel="Ajouter une certification"
      onAdd={canWrite ? () => setOpen(true) : undefined}
      empty={digital.digitalCertifications.length === 0 && 'Aucune certification.'}
      dialog={open && <CertificationModal contractId={digital.id} onClose={() => setOpen(false)} />}
    >
      <Group gap="xs">
        {digital.digitalCertifications.map((c) => (
          <Badge key={c.id} color="teal" variant="light" size="lg">
            {DIGITAL_CERTIFICATION_LABELS[c.kind as keyof typeof DIGITAL_CERTIFICATION_LABELS] ?? c.kind} ·{' '}
            {formatShortDay(c.obtainedOn)}
            {c.result ? ` · ${c.result}` : ''}
          </Badge>
        ))}
      </Group>
    </ListSection>
  );
}

/** The digital-path lot the young person is oriented to (seed 004): the lot's provider receives them. */
function DigitalLotSection({ digital, canWrite }: { digital: Digital; canWrite: boolean }) {
  const lots = useContractedLots();
  const { change, loading } = useDigitalLot(digital);
  return (
    <ListSection title="Prestataire du parcours numérique">
      <Select
        label="Lot du parcours numérique"
        description="Le prestataire de ce lot reçoit le ou la jeune : diagnostic Pix, plan d’action, ateliers, retours mensuels."
        placeholder="Aucun : suivi par la Mission Locale"
        clearable
        data={lots.options}
        value={digital.digitalLotId ?? null}
        disabled={!canWrite || loading || lots.loading}
        onChange={(value) => void change(value)}
        maw={560}
      />
    </ListSection>
  );
}

/** The digital path (seed 004): Pix diagnostic, individual digital action plan, workshops, certifications. */
export function DigitalPanel({ contractId, canWrite }: { contractId: string; canWrite: boolean }) {
  const { data, loading, error, refetch } = useQuery(CEJ_DIGITAL_QUERY, { variables: { id: contractId } });
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Skeleton h={240} />;
  if (!data?.cejContract) return null;
  const digital = data.cejContract;
  return (
    <Stack gap="lg">
      <DigitalLotSection digital={digital} canWrite={canWrite} />
      <PixSection digital={digital} canWrite={canWrite} />
      <PlanSection digital={digital} canWrite={canWrite} />
      <WorkshopsSection digital={digital} canWrite={canWrite} />
      <CertificationsSection digital={digital} canWrite={canWrite} />
    </Stack>
  );
}
