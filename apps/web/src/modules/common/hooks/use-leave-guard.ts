import { useEffect, useLayoutEffect, useRef } from 'react';
import { useBlocker } from 'react-router';

export interface LeaveGuard {
  /** Someone is leaving the page with the form half-filled: ask them. */
  asking: boolean;
  stay(): void;
  leave(): void;
  /** Call once the form is saved, before navigating away: the guard lets that navigation through. */
  release(): void;
}

/**
 * Warns before a half-filled form is lost: leaving for another page of the app asks first (see LeaveGuardModal), and
 * closing or reloading the tab triggers the browser's own warning. `isDirty` is read when someone leaves (forms in
 * uncontrolled mode do not render on each keystroke).
 */
export function useLeaveGuard(isDirty: () => boolean): LeaveGuard {
  const released = useRef(false);
  const dirty = useRef(isDirty);
  useLayoutEffect(() => {
    dirty.current = isDirty;
  });
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      !released.current && currentLocation.pathname !== nextLocation.pathname && dirty.current(),
  );
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!released.current && dirty.current()) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);
  return {
    asking: blocker.state === 'blocked',
    stay: () => blocker.reset?.(),
    leave: () => blocker.proceed?.(),
    release: () => {
      released.current = true;
    },
  };
}
