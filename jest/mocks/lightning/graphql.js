// lightning/graphql for jest: sfdx-lwc-jest's test adapter (emit, emitErrors, getLastConfig), which
// also refuses what Lightning Data Service refuses: a variable whose value is undefined
// (preview/platform/graphqlVariables.js, the rule the preview's stand-in applies too). The real wire
// never answers such a config, so a test would not notice; the refusal is kept, and the check in
// jest/graphql-setup.js fails the test that caused it, in LDS's words.
import { graphql as TestAdapter, gql } from '@salesforce/sfdx-lwc-jest/src/lightning-stubs/graphql/graphql.js';
import { undefinedVariableErrors } from '../../../preview/platform/graphqlVariables.js';

// Shared by every copy of this module in a test file (jest.requireActual, jest.isolateModules).
const refusals = (globalThis.__graphqlRefusals ??= []);

export class graphql extends TestAdapter {
    update(config, context) {
        super.update(config, context);
        refusals.push(...undefinedVariableErrors(config?.variables));
    }

    /** The refusals since the last call, in LDS's words; the list is emptied. */
    static takeRefusals() {
        return refusals.splice(0);
    }

    /** Throws when a wire was refused since the last call (after each test: jest/graphql-setup.js). */
    static assertNoRefusals() {
        const refused = refusals.splice(0);
        if (refused.length) {
            throw new Error(`A graphql wire was given an undefined variable, which LDS refuses: ${refused.join(' ')}`);
        }
    }
}

export { gql };
