import { graphql } from '../../../generated';

/** What every list query asks of its connection's page info (cursor pagination reads these). */
export const PAGE_INFO_FIELDS = graphql(`
  fragment PageInfoFields on PageInfo {
    hasNextPage
    hasPreviousPage
    endCursor
  }
`);
