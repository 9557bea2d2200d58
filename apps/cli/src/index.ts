export { main, USAGE } from './cli.js';
export { targets, type BuildContext, type Target } from './targets.js';
export { termModifiedTimes } from './content-history.js';
