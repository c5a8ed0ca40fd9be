// First import of the API's entry point: tracing must patch http, express, pg and ioredis before they load.
import { startTracing } from './tracing';

startTracing('passerelle-api');
