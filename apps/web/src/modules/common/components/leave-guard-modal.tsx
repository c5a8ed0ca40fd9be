import type { LeaveGuard } from '../hooks/use-leave-guard';
import { ConfirmModal } from './confirm-modal';

/** Asks before leaving a half-filled form (see useLeaveGuard). */
export function LeaveGuardModal({ guard }: { guard: LeaveGuard }) {
  return (
    <ConfirmModal
      opened={guard.asking}
      title="Quitter sans enregistrer ?"
      confirmLabel="Quitter sans enregistrer"
      onConfirm={guard.leave}
      onClose={guard.stay}
    >
      Le formulaire est en partie rempli : ce qui a été saisi sera perdu.
    </ConfirmModal>
  );
}
