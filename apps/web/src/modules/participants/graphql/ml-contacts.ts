import { graphql } from '../../../generated';

export const ML_CONTACTS_QUERY = graphql(`
  query MlContacts($participantId: ID!) {
    mlContacts(participantId: $participantId) {
      id
      version
      kind
      date
      note
      createdAt
      user {
        id
        fullName
      }
      branch {
        id
        name
      }
    }
  }
`);

export const RECORD_ML_CONTACT_MUTATION = graphql(`
  mutation RecordMlContact($input: RecordMlContactInput!) {
    recordMlContact(input: $input) {
      id
    }
  }
`);
