// First import of the worker's entry point: tracing must patch pg and ioredis before they load.
import { startTracing } from './tracing';

startTracing('passerelle-worker');
