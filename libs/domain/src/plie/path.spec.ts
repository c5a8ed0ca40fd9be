import {
  canTransition,
  PATH_TRANSITIONS,
  PathStatus,
  transitionError,
  transitionTrigger,
  TransitionTrigger,
} from './path';

describe('PLIE path state machine', () => {
  it('follows the parcours from proposal to exit', () => {
    const happyPath = [
      PathStatus.PROPOSED,
      PathStatus.AWAITING_COMMITTEE,
      PathStatus.ACTIVE,
      PathStatus.IN_JOB_FOLLOW_UP,
      PathStatus.EXITED,
    ];
    for (let i = 1; i < happyPath.length; i++) expect(canTransition(happyPath[i - 1], happyPath[i])).toBe(true);
  });

  it('refuses skipping the committee or leaving before being admitted', () => {
    expect(canTransition(PathStatus.PROPOSED, PathStatus.ACTIVE)).toBe(false);
    expect(canTransition(PathStatus.PROPOSED, PathStatus.EXITED)).toBe(false);
    expect(canTransition(PathStatus.AWAITING_COMMITTEE, PathStatus.EXITED)).toBe(false);
    expect(transitionError(PathStatus.PROPOSED, PathStatus.EXITED)).toBe(
      'Passage impossible de « Proposé » à « Sorti ».',
    );
  });

  it('keeps NOT_ADMITTED final and lets only a reopening bring an exited path back', () => {
    expect(Object.keys(PATH_TRANSITIONS[PathStatus.NOT_ADMITTED])).toEqual([]);
    expect(PATH_TRANSITIONS[PathStatus.EXITED]).toEqual({ [PathStatus.ACTIVE]: TransitionTrigger.REOPEN });
    expect(transitionError(PathStatus.EXITED, PathStatus.ACTIVE, TransitionTrigger.MANUAL)).toMatch(
      /réouverture du parcours, réservée à la coordination/,
    );
    expect(transitionError(PathStatus.EXITED, PathStatus.ACTIVE, TransitionTrigger.REOPEN)).toBeNull();
  });

  it('reserves the follow-up in employment to the lasting-job rule, never to a manual change', () => {
    expect(transitionTrigger(PathStatus.ACTIVE, PathStatus.IN_JOB_FOLLOW_UP)).toBe(TransitionTrigger.STEP);
    expect(transitionError(PathStatus.ACTIVE, PathStatus.IN_JOB_FOLLOW_UP, TransitionTrigger.MANUAL)).toBe(
      'Passage de « Actif » à « Suivi dans l’emploi » : il se fait en enregistrant un emploi durable ou une formation qualifiante.',
    );
    expect(transitionError(PathStatus.IN_JOB_FOLLOW_UP, PathStatus.ACTIVE, TransitionTrigger.MANUAL)).toBeNull();
  });

  it('names the current state when nothing would change', () => {
    expect(transitionError(PathStatus.ACTIVE, PathStatus.ACTIVE)).toBe('Le parcours est déjà « Actif ».');
  });
});
