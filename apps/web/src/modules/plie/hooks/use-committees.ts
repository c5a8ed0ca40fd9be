import { useMutation, useQuery } from '@apollo/client/react';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { addDays, formatDay, todayInParis } from '../../../lib/format';
import { notifySuccess, showFormError } from '../../../lib/notify';
import { PAGE_SIZE } from '../../../lib/pagination';
import { useMe, useSession } from '../../auth';
import { useCursorPages } from '../../common/hooks/use-cursor-pages';
import { APPROVAL_COMMITTEES_QUERY, CREATE_APPROVAL_COMMITTEE_MUTATION } from '../graphql/committees';

export type Period = 'upcoming' | 'past' | 'all';

/** The approval committee sessions (upcoming, past or all), a page at a time. */
export function useCommittees() {
  const me = useMe();
  const { can } = useSession();
  const [period, setPeriod] = useState<Period>('upcoming');
  const [creating, setCreating] = useState(false);
  const today = todayInParis();
  const pages = useCursorPages(`${me.currentStructure?.id}|${period}`);
  const filter = period === 'upcoming' ? { from: today } : period === 'past' ? { to: addDays(today, -1) } : null;
  const { data, previousData, loading, error, refetch } = useQuery(APPROVAL_COMMITTEES_QUERY, {
    variables: { first: PAGE_SIZE, after: pages.after, filter },
  });
  const connection = (data ?? previousData)?.approvalCommittees;
  const records = connection?.edges.map((edge) => edge.node) ?? [];

  return {
    can,
    period,
    setPeriod,
    creating,
    setCreating,
    list: { pages, connection, records, loading, error, refetch },
  };
}

/** The form scheduling a committee session; on success, the new session's page. */
export function useCommitteeCreation(onClose: () => void) {
  const navigate = useNavigate();
  const [create, { loading }] = useMutation(CREATE_APPROVAL_COMMITTEE_MUTATION, {
    refetchQueries: ['ApprovalCommittees'],
  });
  const form = useForm({
    initialValues: { date: '', title: 'Comité d’agrément et de suivi', location: '' },
    validate: {
      date: (value) => (value ? null : 'La date de la séance est obligatoire.'),
      title: (value) => (value.trim() ? null : 'L’intitulé est obligatoire.'),
    },
  });
  async function submit(values: typeof form.values) {
    try {
      const { data } = await create({
        variables: {
          input: { date: values.date, title: values.title.trim(), location: values.location.trim() || null },
        },
      });
      notifySuccess(`La séance du ${formatDay(values.date)} est programmée.`);
      onClose();
      if (data) await navigate(`/comites/${data.createApprovalCommittee.id}`);
    } catch (error) {
      showFormError(form, error);
    }
  }
  return { form, loading, onSubmit: form.onSubmit(submit) };
}
