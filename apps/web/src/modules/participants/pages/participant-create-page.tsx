import { LeaveGuardModal } from '../../common/components/leave-guard-modal';
import { Alert, Card, Checkbox, Group, List, Radio, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { Permission, SEX_LABELS, Sex } from '@passerelle/domain';
import { DayInput } from '../../common/components/day-input';
import { PageHeader } from '../../common/components/page-header';
import { useParticipantCreation } from '../hooks/use-participant-creation';
import { AddressFields } from '../components/address-fields';
import { DuplicateAlert } from '../components/duplicate-alert';
import { FseEntryFields } from '../components/fse-entry-fields';
import { ReferentSelect } from '../components/referent-select';
import { FormActions } from '../../common/components/form-actions';
import { EntrySituationFields } from '../components/entry-situation-fields';

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
  const view = useParticipantCreation();

  if (!view.structure) return <Text>Choisissez d’abord une structure.</Text>;

  return (
    <Stack gap="lg">
      <PageHeader
        title="Nouveau participant"
        description={`${view.structure.name} · les champs marqués d’un astérisque sont obligatoires`}
      />
      {view.duplicates && (
        <DuplicateAlert
          ids={view.duplicates}
          creating={view.creating}
          onConfirmNamesake={() => void view.submit(view.form.getValues(), true)}
          onOpenExisting={view.leaveGuard.release}
        />
      )}
      <form onSubmit={view.form.onSubmit((v) => view.submit(v))} noValidate>
        <Stack gap="lg">
          <Section title="Identité">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label="Nom"
                description="Nom de naissance ou d’usage"
                required
                data-autofocus
                autoComplete="off"
                {...view.form.getInputProps('lastName')}
              />
              <TextInput label="Prénom" required autoComplete="off" {...view.form.getInputProps('firstName')} />
              <Radio.Group label="Sexe à l’état civil" required {...view.form.getInputProps('sex')}>
                <Group mt="xs">
                  {Object.values(Sex).map((sex) => (
                    <Radio key={sex} value={sex} label={SEX_LABELS[sex]} />
                  ))}
                </Group>
              </Radio.Group>
              <DayInput label="Date de naissance" required {...view.form.getInputProps('birthDate')} max={view.today} />
              <TextInput label="Téléphone" type="tel" autoComplete="off" {...view.form.getInputProps('phone')} />
              <TextInput label="Adresse e-mail" type="email" autoComplete="off" {...view.form.getInputProps('email')} />
            </SimpleGrid>
          </Section>
          <Section
            title="Adresse et antenne"
            description="L’antenne est déduite de la commune (ou du quartier) ; vous pouvez en choisir une autre."
          >
            <AddressFields form={view.form} branches={view.branches} />
          </Section>
          <Section title="Suivi">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <ReferentSelect
                label="Référent·e de parcours"
                value={view.values.referentUserId}
                onChange={(id) => view.form.setFieldValue('referentUserId', id)}
                current={view.canFollow ? { id: view.me.id, fullName: view.me.fullName } : null}
              />
            </SimpleGrid>
            {view.isPlie && (
              <Stack gap="sm" mt="md">
                <Checkbox
                  label="Orienter la personne vers le PLIE maintenant (le parcours sera « Proposé »)"
                  {...view.form.getInputProps('orient', { type: 'checkbox' })}
                />
                {view.values.orient && (
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <TextInput
                      label="Prescripteur"
                      description="France Travail, CCAS, Département, Mission Locale…"
                      required
                      {...view.form.getInputProps('prescriber')}
                    />
                    <DayInput
                      label="Date d’orientation"
                      required
                      {...view.form.getInputProps('orientedOn')}
                      max={view.today}
                    />
                  </SimpleGrid>
                )}
              </Stack>
            )}
          </Section>
          <Section title="Situation à l’entrée">
            <Stack gap="md">
              <EntrySituationFields form={view.form} selectWidth={{ base: '100%', sm: 360 }} />
            </Stack>
          </Section>
          <Section
            title="Questionnaire FSE+ d’entrée"
            description="Les réponses manquantes restent à compléter sur la fiche. « Ne souhaite pas répondre » est une réponse."
          >
            <Stack gap="md">
              <FseEntryFields form={view.form} canSeeSensitive={view.can(Permission.PARTICIPANTS_SENSITIVE)} />
              {view.missing.length > 0 ? (
                <Alert color="orange" variant="light" title={`Données FSE+ encore manquantes (${view.missing.length})`}>
                  <List size="sm">
                    {view.missing.map((label) => (
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
            onCancel={() => void view.navigate('/participants')}
            loading={view.creating || view.proposing}
            submitLabel="Créer la fiche"
          />
        </Stack>
      </form>
      <LeaveGuardModal guard={view.leaveGuard} />
    </Stack>
  );
}
