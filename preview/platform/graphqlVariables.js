// What Lightning Data Service refuses in a graphql wire's variables: a variable present with the
// value `undefined`. "The value passed to variables must be a map containing values for all the
// variables in the query that don't have a default value specified" (LWC Developer Guide,
// lightning/graphql, https://developer.salesforce.com/docs/platform/lwc/guide/reference-graphql-wire.html).
// LDS's graphql adapter checks it before any request and refuses with these words
// (validateVariableDefinitions in packages/lds-adapters-graphql/src/type/Variable.ts of the LDS
// source, public copy github.com/iamsonal/vineet-goyal-sf): in debug mode the adapter throws them,
// in production the wire never answers. (JSON would drop an undefined value on the way anyway.)
// One rule for the preview's stand-in (graphql.js) and the jest mock (jest/mocks/lightning/graphql.js).

/** The refusals for a variables map: one sentence per variable whose value is undefined. */
export function undefinedVariableErrors(variables) {
    if (variables === null || typeof variables !== 'object') {
        return [];
    }
    return Object.keys(variables)
        .filter((name) => variables[name] === undefined)
        .map((name) => `Variable $${name} has an undefined value provided for it.`);
}
