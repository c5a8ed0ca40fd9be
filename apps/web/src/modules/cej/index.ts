// What other modules may use of the CEJ module.
export { ParticipantCejContracts } from './components/participant-cej-contracts';
export { ProviderCej } from './components/provider-cej';
