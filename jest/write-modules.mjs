// The label and metadata modules the tests import, written before a jest run that resolves its
// imports ahead of its global setup: `--findRelatedTests` (the commit hook) reads every import first,
// so a label added in the same commit would otherwise be "not found" on the first run. Any
// arguments (lint-staged passes the staged files) are ignored.
import writeTestModules from './global-setup.mjs';

writeTestModules();
