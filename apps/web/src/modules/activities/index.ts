// What other modules may use of activities (sessions, orientations, proofs, time entries).
export { CreateSessionModal } from './components/create-session-modal';
export { OrientationsTable } from './components/orientations-table';
export { ProofPicker } from './components/proof-picker';
export { SessionsTable } from './components/sessions-table';
export {
  DELIVERED_LOTS_QUERY,
  ORIENTATIONS_QUERY,
  RECORD_TIME_ENTRY_MUTATION,
  TIME_ENTRIES_QUERY,
} from './graphql/activities';
export { downloadProof, uploadProof } from './files';
