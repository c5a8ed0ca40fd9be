// What other modules may use of auth: the signed-in user and the session.
export { useMe, useSession } from './hooks/session-context';
