import { useMutation, useQuery } from '@apollo/client/react';
import { Permission } from '@passerelle/domain';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { todayInParis } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useSession } from '../../auth';
import { DELETE_PAYMENT_INDICATOR, LOT_DASHBOARD_QUERY } from '../graphql/indicators';

/**
 * A lot's payment indicators as of a day, the one selected (kept in the address), and the indicator being edited or
 * deleted (by the operator that owns the lot).
 */
export function useLotDashboard(lotId: string) {
  const [params, setParams] = useSearchParams();
  const [asOf, setAsOf] = useState(todayInParis());
  const { can, structureId } = useSession();
  const [editing, setEditing] = useState<'new' | 'selected' | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [remove, removing] = useMutation(DELETE_PAYMENT_INDICATOR, {
    refetchQueries: [LOT_DASHBOARD_QUERY],
    awaitRefetchQueries: true,
  });
  const { data, previousData, loading, error, refetch } = useQuery(LOT_DASHBOARD_QUERY, {
    variables: { lotId, asOf: /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : null },
  });
  const current = data ?? previousData;
  const lotIndicators = current?.lotIndicators ?? [];
  const selectedId = params.get('indicateur') ?? lotIndicators[0]?.indicator.id ?? null;
  const selected = lotIndicators.find((s) => s.indicator.id === selectedId) ?? null;
  const select = (indicatorId: string) => setParams({ indicateur: indicatorId }, { replace: true });
  // The operator that owns the lot defines its indicators; the provider reads them.
  const manages = can(Permission.MARKETS_MANAGE) && current?.lot.structureId === structureId;

  async function confirmDelete() {
    if (!selected) return;
    try {
      await remove({ variables: { input: { id: selected.indicator.id, version: selected.indicator.version } } });
      notifySuccess('L’indicateur est supprimé.');
      setDeleting(false);
      setParams({}, { replace: true });
    } catch (caught) {
      notifyError(caught);
    }
  }

  return {
    current,
    loading,
    error,
    refetch,
    asOf,
    setAsOf,
    selected,
    select,
    manages,
    editing,
    setEditing,
    deleting,
    setDeleting,
    removing: removing.loading,
    confirmDelete,
  };
}
