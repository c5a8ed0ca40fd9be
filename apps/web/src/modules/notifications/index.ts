// What other modules may use of notifications.
export { NotificationBell } from './components/notification-bell';
