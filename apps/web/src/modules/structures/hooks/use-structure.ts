import { useMutation, useQuery } from '@apollo/client/react';
import { useForm } from '@mantine/form';
import { Permission } from '@passerelle/domain';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { BranchFieldsFragment, StructureFieldsFragment } from '../../../generated/graphql';
import { parseApiError } from '../../../lib/api-errors';
import { formatSiret } from '../../../lib/format';
import { notifyError, notifySuccess, showFormError } from '../../../lib/notify';
import { useMe, useSession } from '../../auth';
import {
  CREATE_STRUCTURE_MUTATION,
  DELETE_BRANCH_MUTATION,
  STRUCTURE_QUERY,
  UPDATE_STRUCTURE_MUTATION,
} from '../graphql/structures';
import { EMPTY_STRUCTURE, normalizeStructure, structureValidation, type StructureFormValues } from '../structure-rules';

/** A structure, its branches being edited or deleted, and the platform admin's switch into it. */
export function useStructure(id: string) {
  const { can, switchStructure } = useSession();
  const me = useMe();
  const { data, loading, error, refetch } = useQuery(STRUCTURE_QUERY, { variables: { id } });
  const [editing, setEditing] = useState<BranchFieldsFragment | 'new' | null>(null);
  const [deleting, setDeleting] = useState<BranchFieldsFragment | null>(null);
  const [deleteBranch, deletion] = useMutation(DELETE_BRANCH_MUTATION, { refetchQueries: ['Structure', 'Dashboard'] });
  const structure = data?.structure;

  async function confirmDelete() {
    if (!deleting) return;
    try {
      await deleteBranch({ variables: { id: deleting.id } });
      notifySuccess(`L’antenne « ${deleting.name} » a été supprimée.`);
      setDeleting(null);
    } catch (error) {
      notifyError(error);
    }
  }

  function workHere() {
    if (!structure) return;
    void switchStructure(structure.id).then(
      () => notifySuccess(`Vous travaillez maintenant dans ${structure.name}.`, 'Structure changée'),
      notifyError,
    );
  }

  return {
    structure,
    loading,
    error,
    refetch,
    canManage: can(Permission.STRUCTURE_MANAGE),
    canSwitch: can(Permission.PLATFORM_ADMIN) && me.currentStructure?.id !== structure?.id,
    workHere,
    editing,
    setEditing,
    deleting,
    setDeleting,
    deletingLoading: deletion.loading,
    confirmDelete,
  };
}

/** The new structure form; on success, the structure's page. */
export function useStructureCreation() {
  const navigate = useNavigate();
  const [createStructure, { loading }] = useMutation(CREATE_STRUCTURE_MUTATION, { refetchQueries: ['Structures'] });
  const form = useForm<StructureFormValues>({ initialValues: EMPTY_STRUCTURE, validate: structureValidation });

  async function handleSubmit(values: StructureFormValues) {
    try {
      const { data } = await createStructure({
        variables: { input: { kind: values.kind, ...normalizeStructure(values) } },
      });
      if (!data) return;
      notifySuccess(`La structure « ${data.createStructure.name} » a été créée.`);
      await navigate(`/structures/${data.createStructure.id}`);
    } catch (error) {
      showFormError(form, error);
    }
  }

  return { form, loading, onSubmit: handleSubmit, onCancel: () => void navigate('/structures') };
}

/** The structure to edit, always read fresh from the server. */
export function useStructureToEdit(id: string) {
  const { data, loading, error, refetch } = useQuery(STRUCTURE_QUERY, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  async function reload() {
    const result = await refetch();
    return result.data?.structure ?? null;
  }
  return { structure: data?.structure, loading, error, refetch, reload };
}

function toFormValues(structure: StructureFieldsFragment): StructureFormValues {
  return {
    kind: structure.kind,
    operatorType: structure.operatorType ?? null,
    name: structure.name,
    siret: formatSiret(structure.siret),
    addressLine: structure.addressLine,
    postalCode: structure.postalCode,
    city: structure.city,
    territory: structure.territory,
  };
}

/**
 * The structure edit form, saved against the version it was read at: a concurrent change shows `conflict` until I
 * reload the latest version into the form.
 */
export function useStructureEditForm(
  structure: StructureFieldsFragment,
  onReload: () => Promise<StructureFieldsFragment | null>,
) {
  const navigate = useNavigate();
  const [version, setVersion] = useState(structure.version);
  const [conflict, setConflict] = useState<string | null>(null);
  const [updateStructure, { loading }] = useMutation(UPDATE_STRUCTURE_MUTATION);
  const form = useForm<StructureFormValues>({ initialValues: toFormValues(structure), validate: structureValidation });

  async function handleSubmit(values: StructureFormValues) {
    setConflict(null);
    try {
      await updateStructure({ variables: { input: { id: structure.id, version, ...normalizeStructure(values) } } });
      notifySuccess('Les modifications ont été enregistrées.');
      await navigate(`/structures/${structure.id}`);
    } catch (error) {
      const parsed = parseApiError(error);
      if (parsed.code === 'CONFLICT') setConflict(parsed.message);
      else showFormError(form, error);
    }
  }

  async function reload() {
    const latest = await onReload();
    if (!latest) return;
    setVersion(latest.version);
    form.setValues(toFormValues(latest));
    form.resetDirty();
    setConflict(null);
  }

  return {
    form,
    loading,
    conflict,
    reload,
    onSubmit: handleSubmit,
    onCancel: () => void navigate(`/structures/${structure.id}`),
  };
}
