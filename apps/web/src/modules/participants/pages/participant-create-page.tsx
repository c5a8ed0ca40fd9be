import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Card,
  Checkbox,
  Group,
  List,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  ENTRY_SITUATION_LABELS,
  EntrySituation,
  fseEntryMissing,
  OperatorType,
  Permission,
  Role,
  SEX_LABELS,
  Sex,
} from '@passerelle/domain';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { duplicateParticipantIds } from '../../../lib/api-errors';
import { todayInParis } from '../../../lib/format';
import { notifyError, notifySuccess, showFormError } from '../../../lib/notify';
import { useMe, useSession } from '../../auth';
import { DayInput } from '../../common/components/day-input';
import { PageHeader } from '../../common/components/page-header';
import { PROPOSE_PLIE_PATH_MUTATION } from '../../plie';
import { AddressFields } from '../components/address-fields';
import { DuplicateAlert } from '../components/duplicate-alert';
import { FseEntryFields } from '../components/fse-entry-fields';
import { ReferentSelect } from '../components/referent-select';
import { BRANCHES_QUERY, CREATE_PARTICIPANT_MUTATION } from '../graphql/participants';
import {
  createParticipantInput,
  EDUCATION_LEVEL_OPTIONS,
  EMPTY_PARTICIPANT_FORM,
  PARTICIPANT_FIELD_RENAMES,
  participantFormErrors,
  participantName,
  type ParticipantFormValues,
} from '../participant-rules';
import { FormActions } from '../../common/components/form-actions';

interface CreateValues extends ParticipantFormValues {
  /** PLIE: orient the person at once (creates the path, status "Proposé"). */
  orient: boolean;
  prescriber: string;
  orientedOn: string;
}

function Section({ title, description, children }: { title: string; description?: string; children: React.ReactNode }) {
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-label={title}>
      <Title order={2} size="h4" mb={description ? 2 : 'sm'}>
        {title}
      </Title>
      {description && (
        <Text size="sm" c="dimmed" mb="sm">
          {description}
        </Text>
      )}
      {children}
    </Card>
  );
}

export function ParticipantCreatePage() {
  const me = useMe();
  const { can } = useSession();
  const navigate = useNavigate();
  const structure = me.currentStructure;
  const isPlie = structure?.operatorType === OperatorType.PLIE;
  const canFollow = me.currentRole === Role.COUNSELLOR || me.currentRole === Role.COORDINATOR;
  const today = todayInParis();
  const [duplicates, setDuplicates] = useState<string[] | null>(null);
  const branchesQuery = useQuery(BRANCHES_QUERY, { variables: { id: structure?.id ?? '' }, skip: !structure });
  const branches = branchesQuery.data?.structure.branches ?? [];
  const [createParticipant, creation] = useMutation(CREATE_PARTICIPANT_MUTATION, { refetchQueries: ['Participants'] });
  const [proposePath, proposal] = useMutation(PROPOSE_PLIE_PATH_MUTATION);

  const form = useForm<CreateValues>({
    initialValues: {
      ...EMPTY_PARTICIPANT_FORM,
      referentUserId: canFollow ? me.id : '',
      orient: isPlie,
      prescriber: '',
      orientedOn: today,
    },
    validate: (values) => {
      const errors: Record<string, string> = { ...participantFormErrors(values, today) };
      if (values.orient && !values.prescriber.trim())
        errors.prescriber = 'Indiquez qui oriente la personne (France Travail, CCAS, Département…).';
      if (values.orient && !values.orientedOn) errors.orientedOn = 'La date d’orientation est obligatoire.';
      return errors;
    },
  });
  // A duplicate found for other names or birth date no longer applies.
  form.watch('lastName', () => setDuplicates(null));
  form.watch('firstName', () => setDuplicates(null));
  form.watch('birthDate', () => setDuplicates(null));

  const values = form.getValues();
  const missing = fseEntryMissing({
    sex: values.sex || null,
    birthDate: values.birthDate || null,
    educationLevel: values.educationLevel || null,
    employmentStatus: values.employmentStatus || null,
    householdSituation: values.householdSituation || null,
    disability: values.disability || null,
    thirdCountryNational: values.thirdCountryNational || null,
    foreignBackground: values.foreignBackground || null,
    minority: values.minority || null,
    homeless: values.homeless || null,
    ruralArea: values.ruralArea === '' || values.ruralArea === null ? null : values.ruralArea === 'yes',
  });

  async function submit(values: CreateValues, confirmNotDuplicate = false) {
    let participantId: string;
    try {
      const { data } = await createParticipant({
        variables: {
          input: createParticipantInput(values, confirmNotDuplicate, can(Permission.PARTICIPANTS_SENSITIVE)),
        },
      });
      if (!data) return;
      participantId = data.createParticipant.id;
      notifySuccess(`La fiche de ${participantName(data.createParticipant)} est créée.`);
    } catch (error) {
      const ids = duplicateParticipantIds(error);
      if (ids) {
        setDuplicates(ids);
        return;
      }
      showFormError(form, error, PARTICIPANT_FIELD_RENAMES);
      return;
    }
    if (values.orient) {
      try {
        await proposePath({
          variables: { input: { participantId, prescriber: values.prescriber.trim(), orientedOn: values.orientedOn } },
        });
        notifySuccess(
          'Le parcours PLIE est proposé : inscrivez le dossier à un comité d’agrément.',
          'Orientation enregistrée',
        );
      } catch (error) {
        notifyError(error);
      }
    }
    await navigate(`/participants/${participantId}`);
  }

  if (!structure) return <Text>Choisissez d’abord une structure.</Text>;

  return (
    <Stack gap="lg">
      <PageHeader
        title="Nouveau participant"
        description={`${structure.name} · les champs marqués d’un astérisque sont obligatoires`}
      />
      {duplicates && (
        <DuplicateAlert
          ids={duplicates}
          creating={creation.loading}
          onConfirmNamesake={() => void submit(form.getValues(), true)}
        />
      )}
      <form onSubmit={form.onSubmit((v) => submit(v))} noValidate>
        <Stack gap="lg">
          <Section title="Identité">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label="Nom"
                description="Nom de naissance ou d’usage"
                required
                data-autofocus
                autoComplete="off"
                {...form.getInputProps('lastName')}
              />
              <TextInput label="Prénom" required autoComplete="off" {...form.getInputProps('firstName')} />
              <Radio.Group label="Sexe à l’état civil" required {...form.getInputProps('sex')}>
                <Group mt="xs">
                  {Object.values(Sex).map((sex) => (
                    <Radio key={sex} value={sex} label={SEX_LABELS[sex]} />
                  ))}
                </Group>
              </Radio.Group>
              <DayInput label="Date de naissance" required {...form.getInputProps('birthDate')} max={today} />
              <TextInput label="Téléphone" type="tel" autoComplete="off" {...form.getInputProps('phone')} />
              <TextInput label="Adresse e-mail" type="email" autoComplete="off" {...form.getInputProps('email')} />
            </SimpleGrid>
          </Section>
          <Section
            title="Adresse et antenne"
            description="L’antenne est déduite de la commune (ou du quartier) ; vous pouvez en choisir une autre."
          >
            <AddressFields form={form} branches={branches} />
          </Section>
          <Section title="Suivi">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <ReferentSelect
                label="Référent·e de parcours"
                value={values.referentUserId}
                onChange={(id) => form.setFieldValue('referentUserId', id)}
                current={canFollow ? { id: me.id, fullName: me.fullName } : null}
              />
            </SimpleGrid>
            {isPlie && (
              <Stack gap="sm" mt="md">
                <Checkbox
                  label="Orienter la personne vers le PLIE maintenant (le parcours sera « Proposé »)"
                  {...form.getInputProps('orient', { type: 'checkbox' })}
                />
                {values.orient && (
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <TextInput
                      label="Prescripteur"
                      description="France Travail, CCAS, Département, Mission Locale…"
                      required
                      {...form.getInputProps('prescriber')}
                    />
                    <DayInput label="Date d’orientation" required {...form.getInputProps('orientedOn')} max={today} />
                  </SimpleGrid>
                )}
              </Stack>
            )}
          </Section>
          <Section title="Situation à l’entrée">
            <Stack gap="md">
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
                w={{ base: '100%', sm: 360 }}
              />
            </Stack>
          </Section>
          <Section
            title="Questionnaire FSE+ d’entrée"
            description="Les réponses manquantes restent à compléter sur la fiche. « Ne souhaite pas répondre » est une réponse."
          >
            <Stack gap="md">
              <FseEntryFields form={form} canSeeSensitive={can(Permission.PARTICIPANTS_SENSITIVE)} />
              {missing.length > 0 ? (
                <Alert color="orange" variant="light" title={`Données FSE+ encore manquantes (${missing.length})`}>
                  <List size="sm">
                    {missing.map((label) => (
                      <List.Item key={label}>{label}</List.Item>
                    ))}
                  </List>
                </Alert>
              ) : (
                <Alert color="teal" variant="light">
                  Le questionnaire FSE+ d’entrée est complet.
                </Alert>
              )}
            </Stack>
          </Section>
          <FormActions
            onCancel={() => void navigate('/participants')}
            loading={creation.loading || proposal.loading}
            submitLabel="Créer la fiche"
          />
        </Stack>
      </form>
    </Stack>
  );
}
