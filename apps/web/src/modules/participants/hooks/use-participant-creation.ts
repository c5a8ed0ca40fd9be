import { useMutation, useQuery } from '@apollo/client/react';
import { useForm } from '@mantine/form';
import { useLeaveGuard } from '../../common/hooks/use-leave-guard';
import { fseEntryMissing, OperatorType, Permission, Role } from '@passerelle/domain';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { duplicateParticipantIds } from '../../../lib/api-errors';
import { todayInParis } from '../../../lib/format';
import { notifyError, notifySuccess, showFormError } from '../../../lib/notify';
import { useMe, useSession } from '../../auth';
import { PROPOSE_PLIE_PATH_MUTATION } from '../../plie';
import { BRANCHES_QUERY, CREATE_PARTICIPANT_MUTATION } from '../graphql/participants';
import {
  createParticipantInput,
  EMPTY_PARTICIPANT_FORM,
  PARTICIPANT_FIELD_RENAMES,
  participantFormErrors,
  participantName,
  type ParticipantFormValues,
} from '../participant-rules';

export interface CreateValues extends ParticipantFormValues {
  /** PLIE: orient the person at once (creates the path, status "Proposé"). */
  orient: boolean;
  prescriber: string;
  orientedOn: string;
}

/**
 * The new participant form: validation, the FSE+ answers still missing, the duplicate check (a namesake is confirmed
 * by sending again), and, for a PLIE, the path proposed at once; the page then opens the new file.
 */
export function useParticipantCreation() {
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
  const leaveGuard = useLeaveGuard(() => form.isDirty());
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
    leaveGuard.release();
    await navigate(`/participants/${participantId}`);
  }

  return {
    me,
    can,
    navigate,
    leaveGuard,
    structure,
    isPlie,
    canFollow,
    today,
    duplicates,
    branches,
    creating: creation.loading,
    proposing: proposal.loading,
    form,
    values,
    missing,
    submit,
  };
}
