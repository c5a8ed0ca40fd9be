export { AccessibilityLink } from './components/accessibility-link';
