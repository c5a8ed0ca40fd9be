// What other modules may use of participants.
export { FseEntryFields, type FseEntryFormValues } from './components/fse-entry-fields';
export { ReferentSelect } from './components/referent-select';
export { EMPTY_FSE_ENTRY, fseEntryInput, participantName, type ParticipantFormValues } from './participant-rules';
export { uploadParticipantDocument } from './documents-files';
