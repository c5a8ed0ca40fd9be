import { graphql } from '../../../generated';

export const NOTIFICATION_FIELDS = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    title
    body
    link
    createdAt
    readAt
  }
`);

export const UNREAD_NOTIFICATION_COUNT = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const MY_NOTIFICATIONS = graphql(`
  query MyNotifications($first: Int!, $after: String, $unreadOnly: Boolean!) {
    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...NotificationFields
        }
      }
    }
  }
`);

export const MARK_NOTIFICATIONS_READ = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input)
  }
`);

export const MARK_ALL_NOTIFICATIONS_READ = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

export const MY_NOTIFICATION_EMAILS = graphql(`
  query MyNotificationEmails {
    myNotificationEmails
  }
`);

export const SET_MY_NOTIFICATION_EMAILS = graphql(`
  mutation SetMyNotificationEmails($enabled: Boolean!) {
    setMyNotificationEmails(enabled: $enabled)
  }
`);
