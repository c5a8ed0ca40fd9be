import { useQuery } from '@apollo/client/react';
import { FollowUpKind, PathStatus, Permission } from '@passerelle/domain';
import { useState } from 'react';
import type { PliePathFieldsFragment } from '../../../generated/graphql';
import { useSession } from '../../auth';
import { useTabParam } from '../../common/hooks/use-tab-param';
import { pathActions, type PathAction } from '../../plie';
import { PARTICIPANT_QUERY, PARTICIPANT_SENSITIVE_QUERY } from '../graphql/participants';
import { useIsMissionLocale } from './use-ml-contacts';

type Path = PliePathFieldsFragment;
type Step = Path['steps'][number];
type Obstacle = Path['obstacles'][number];

export type ParticipantModal =
  | { type: 'identity' }
  | { type: 'situation' }
  | { type: 'propose' }
  | { type: 'present' }
  | { type: 'withdraw' }
  | { type: 'jobLost' }
  | { type: 'exit' }
  | { type: 'fseExit' }
  | { type: 'reopen' }
  | { type: 'diagnosis' }
  | { type: 'obstacle'; obstacle: Obstacle | null }
  | { type: 'step'; step: Step | null }
  | { type: 'followUp'; kind: FollowUpKind };

export const PARTICIPANT_TABS = [
  'parcours',
  'etapes',
  'suivi',
  'freins',
  'documents',
  'orientations',
  'contacts',
  'identite',
  'situation',
  'journal',
] as const;

const PLIE_TABS: readonly string[] = ['parcours', 'etapes', 'suivi', 'freins'];
/** The tabs of a person followed only in the CEJ: identity first, no PLIE path. */
export const CEJ_ONLY_TABS = [
  'identite',
  ...PARTICIPANT_TABS.filter((t) => !PLIE_TABS.includes(t) && t !== 'identite'),
] as (typeof PARTICIPANT_TABS)[number][];

/**
 * A participant's file: the tab open, the PLIE path shown (the most recent unless another is chosen), the actions my
 * permissions allow on it (only on the current path) and the dialog open.
 */
export function useParticipant(id: string) {
  const { can } = useSession();
  const isMissionLocale = useIsMissionLocale();
  const [selectedPathId, setSelectedPathId] = useState<string | null>(null);
  const [modal, setModal] = useState<ParticipantModal | null>(null);
  const { data, loading, error, refetch } = useQuery(PARTICIPANT_QUERY, { variables: { id } });
  const participant = data?.participant;
  // A person followed only in the CEJ has no PLIE path: the file opens on what concerns them, without PLIE tabs.
  const withPlie = participant?.programme === 'PLIE' || (participant?.pliePaths.length ?? 0) > 0;
  const tabs = withPlie ? PARTICIPANT_TABS : CEJ_ONLY_TABS;
  const { tab, openTab } = useTabParam(tabs);

  const canWrite = can(Permission.PARTICIPANTS_WRITE);
  const capabilities = { write: canWrite, coordinate: can(Permission.PLIE_COORDINATE) };
  const paths = participant?.pliePaths ?? [];
  const path = paths.find((p) => p.id === selectedPathId) ?? paths[0] ?? null;
  const isCurrent = path !== null && path.id === paths[0]?.id;
  const actions = path && isCurrent ? pathActions(path, capabilities) : [];
  const hasCurrentPath = paths.some((p) => p.status !== PathStatus.EXITED && p.status !== PathStatus.NOT_ADMITTED);
  const canPropose = canWrite && !hasCurrentPath && participant?.programme === 'PLIE';

  function onAction(action: PathAction) {
    switch (action) {
      case 'present':
      case 'withdraw':
      case 'jobLost':
      case 'exit':
      case 'reopen':
        setModal({ type: action });
        break;
      case 'recordFseExit':
        setModal({ type: 'fseExit' });
        break;
      case 'addStep':
        setModal({ type: 'step', step: null });
        break;
      default:
        break;
    }
  }

  return {
    participant,
    loading,
    error,
    refetch,
    tab,
    openTab,
    withPlie,
    paths,
    path,
    isCurrent,
    selectPath: setSelectedPathId,
    actions,
    onAction,
    canWrite,
    canCoordinate: capabilities.coordinate,
    canPropose,
    canWriteSensitive: canWrite && can(Permission.PARTICIPANTS_SENSITIVE) && Boolean(participant?.canSeeSensitive),
    canReadAudit: can(Permission.AUDIT_READ),
    /** Mission Locale contacts (first welcome, interviews…) are recorded for any young person, CEJ or not. */
    isMissionLocale,
    modal,
    setModal,
    close: () => setModal(null),
  };
}

/** A participant's sensitive data, read fresh each time (every read is traced), and its edit dialog. */
export function useParticipantSensitive(participantId: string) {
  const { data, loading, error, refetch } = useQuery(PARTICIPANT_SENSITIVE_QUERY, {
    variables: { id: participantId },
    fetchPolicy: 'network-only',
  });
  const [editing, setEditing] = useState(false);
  return {
    loaded: Boolean(data),
    sensitive: data?.participant.sensitive ?? null,
    canSeeSensitive: Boolean(data?.participant.canSeeSensitive),
    loading,
    error,
    refetch,
    editing,
    setEditing,
  };
}
