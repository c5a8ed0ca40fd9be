// What other modules may use of markets (lots, bids, orientations to a lot).
export { ParticipantOrientations } from './components/participant-orientations';
export {
  MY_BIDS_QUERY,
  OPEN_LOTS_QUERY,
  PROVIDER_DIRECTORY_QUERY,
  SUBMIT_BID_MUTATION,
  WITHDRAW_BID_MUTATION,
} from './graphql/markets';
export { formatShare, groupLabel, normalizeAmount } from './market-rules';
