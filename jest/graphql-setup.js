/* global afterEach */
// After each test: no graphql wire may have been given an undefined variable, which LDS refuses
// (jest/mocks/lightning/graphql.js). A test that sends one on purpose takes the refusal itself.
const { graphql } = require('lightning/graphql');

afterEach(() => graphql.assertNoRefusals());
