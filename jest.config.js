const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

module.exports = {
    ...jestConfig,
    globalSetup: '<rootDir>/jest/global-setup.mjs',
    setupFilesAfterEnv: [
        ...(jestConfig.setupFilesAfterEnv ?? []),
        '<rootDir>/jest/sa11y-setup.js',
        '<rootDir>/jest/graphql-setup.js',
        '<rootDir>/jest/console-setup.js'
    ],
    moduleNameMapper: {
        // Labels resolve to their English values (written by the global setup).
        '^@salesforce/label/(.*)$': '<rootDir>/.build/jest-labels/$1.js',
        // What the UI API answers the portal customer, written from the metadata by jest/metadata.global-setup.mjs.
        '^@metadata/(objectInfo|picklists|picklist)/(.*)$': '<rootDir>/.build/jest-metadata/$1/$2.json',
        '^@metadata/(\\w+)/(objectInfo|picklists|picklist)/(.*)$': '<rootDir>/.build/jest-metadata/$1/$2/$3.json',
        '^lightning/navigation$': '<rootDir>/jest/mocks/lightning/navigation.js',
        // sfdx-lwc-jest's graphql adapter, refusing an undefined variable as LDS does.
        '^lightning/graphql$': '<rootDir>/jest/mocks/lightning/graphql.js',
        '^test-helpers$': '<rootDir>/jest/helpers.ts',
        '^test-language/(.*)$': '<rootDir>/jest/language/$1.ts'
    },
    // .stryker-tmp: Stryker's copies of the project (npm run test:mutation).
    modulePathIgnorePatterns: ['<rootDir>/.localdevserver', '<rootDir>/preview/dist', '<rootDir>/.stryker-tmp'],
    testMatch: ['**/__tests__/**/*.test.ts'],
    testPathIgnorePatterns: [...jestConfig.testPathIgnorePatterns, '<rootDir>/e2e/', '<rootDir>/.stryker-tmp/'],
    // Coverage is measured on the TypeScript source, not on the generated .js beside it.
    collectCoverageFrom: ['force-app/main/default/lwc/**/*.ts', '!**/__tests__/**', '!**/*.d.ts'],
    coverageThreshold: {
        global: { lines: 97, branches: 85 }
    },
    coverageReporters: ['text-summary', 'lcov']
};
