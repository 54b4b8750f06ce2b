const { defineConfig } = require('eslint/config');
const eslintJs = require('@eslint/js');
const globals = require('globals');
const jestPlugin = require('eslint-plugin-jest');
const lwcConfig = require('@salesforce/eslint-config-lwc');
const tseslint = require('typescript-eslint');

module.exports = defineConfig([
    {
        // Generated output and tool state; the .js beside each .ts is tsc's.
        ignores: [
            'node_modules/**',
            'force-app/**/lwc/**/*.js',
            '.sfdx/**',
            '.sf/**',
            '.build/**',
            'coverage/**',
            'preview/dist/**',
            'playwright-report/**',
            'test-results/**',
            'reports/**',
            '.stryker-tmp/**'
        ]
    },
    // Components and modules: Salesforce's recommended LWC rules for TypeScript, then
    // typescript-eslint's recommended rules with its parser, which sees types: unused names and
    // undefined globals are reported again (the TypeScript-aware versions of the two rules).
    {
        files: ['force-app/**/lwc/**/*.ts'],
        extends: [lwcConfig.configs.recommendedTs, tseslint.configs.recommended],
        languageOptions: {
            parser: tseslint.parser,
            globals: { ...globals.browser }
        },
        rules: {
            'no-unused-vars': 'off',
            '@typescript-eslint/no-unused-vars': 'error',
            'no-undef': 'error',
            'no-restricted-globals': 'off',
            'no-use-before-define': 'off'
        }
    },
    // Jest tests of components.
    {
        files: ['force-app/**/lwc/**/__tests__/**/*.ts'],
        plugins: { jest: jestPlugin },
        languageOptions: { globals: { ...globals.node, ...jestPlugin.environments.globals.globals } },
        rules: {
            ...jestPlugin.configs['flat/recommended'].rules,
            '@lwc/lwc/no-unexpected-wire-adapter-usages': 'off',
            // Tests wait for promises and re-renders with setTimeout, as Salesforce's samples do.
            '@lwc/lwc/no-async-operation': 'off'
        }
    },
    // Build scripts, the preview server, browser tests and tool configuration (Node).
    {
        files: [
            'scripts/**/*.{js,mjs}',
            'preview/**/*.{js,mjs}',
            'e2e/**/*.{js,mjs}',
            'jest/**/*.{js,mjs}',
            '*.{js,mjs}'
        ],
        extends: [eslintJs.configs.recommended],
        languageOptions: { ecmaVersion: 'latest', globals: { ...globals.node } }
    },
    {
        files: ['*.js', 'jest/*.js'],
        languageOptions: { sourceType: 'commonjs' }
    },
    // Jest stand-ins for platform modules sfdx-lwc-jest does not stub are LWC modules.
    {
        files: ['jest/mocks/**/*.js'],
        extends: [lwcConfig.configs.recommended]
    },
    // Browser tests and their config are TypeScript run by Playwright (Node).
    {
        files: ['e2e/**/*.ts', 'playwright.config.ts'],
        extends: [eslintJs.configs.recommended],
        languageOptions: {
            ...lwcConfig.configs.recommendedTs.at(-1).languageOptions,
            globals: { ...globals.node }
        },
        // tsc checks names and unused bindings; the Babel parser cannot see types.
        rules: { 'no-undef': 'off', 'no-unused-vars': 'off' }
    },
    // The preview's own components (and the stand-in for an org-only base component) follow the LWC rules...
    {
        files: ['preview/src/modules/**/*.js', 'preview/platform/fileUpload/*.js'],
        extends: [lwcConfig.configs.recommended]
    },
    // ...its entry point and the demo org's platform stand-ins are plain browser modules.
    {
        files: ['preview/src/main.js', 'preview/platform/**/*.{js,mjs}'],
        ignores: ['preview/platform/fileUpload/*.js'],
        extends: [eslintJs.configs.recommended],
        languageOptions: { ecmaVersion: 'latest', sourceType: 'module', globals: { ...globals.browser } }
    }
]);
