// Bundles the preview: the real components (the .js that `npm run build` made
// from their .ts), lightning-base-components, and the demo org's stand-ins for
// the platform modules, which live here and never in force-app.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import lwc from '@lwc/rollup-plugin';
import replace from '@rollup/plugin-replace';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { labelsByLanguage, translationLanguages } from '../org-model/labels.mjs';
import { readProjectMetadata } from '../org-model/projectMetadata.mjs';
import { uiapiSdl } from '../org-model/uiapiSchema.mjs';
import { CUSTOMER_PERMISSION_SETS, ENGINEER_PERMISSION_SETS } from '../org-model/access.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const lwcDir = join(here, '../force-app/main/default/lwc');
const platformDir = join(here, 'platform');

/** Platform modules the components import, and the demo org's stand-in for each. */
const STAND_INS = {
    'lightning/uiRecordApi': 'uiRecordApi.js',
    'lightning/uiObjectInfoApi': 'uiObjectInfoApi.js',
    'lightning/graphql': 'graphql.js',
    'lightning/navigation': 'navigation.js',
    'lightning/messageService': 'messageService.js',
    '@salesforce/user/Id': 'userId.js',
    '@salesforce/user/isGuest': 'isGuest.js',
    '@salesforce/i18n/locale': 'i18nLocale.js',
    '@salesforce/i18n/timeZone': 'i18nTimeZone.js',
    '@salesforce/i18n/lang': 'i18nLang.js'
};

/**
 * lightning-base-components gates that must stay closed under synthetic shadow:
 * ElementInternals (form-associated comboboxes) throws there and breaks rendering.
 */
const GATES_OFF = ['@salesforce/gate/bc.260.enableComboboxElementInternals'];

function componentModules() {
    return readdirSync(lwcDir)
        .filter((name) => existsSync(join(lwcDir, name, `${name}.js`)))
        .map((name) => ({ name: `c/${name}`, path: join(lwcDir, name, `${name}.js`) }));
}

/** Resolves platform imports: stand-ins, custom labels from the metadata, schema references. */
function demoOrgPlatform() {
    // Every label in every language, from the labels file and translations/<language>.translation-meta.xml.
    const labels = labelsByLanguage();
    return {
        name: 'demo-org-platform',
        resolveId(id) {
            if (id === 'formulon') {
                // formulon's main build is CommonJS; its ES module build is the same library for the browser.
                return join(here, '../node_modules/formulon/lib/formulon.lwc.min.js');
            }
            if (STAND_INS[id]) {
                return join(platformDir, STAND_INS[id]);
            }
            if (GATES_OFF.includes(id)) {
                return `\0${id}`;
            }
            if (
                id === 'virtual:metadata' ||
                id === 'virtual:demoArticles' ||
                id === 'virtual:labels' ||
                id.startsWith('@salesforce/label/c.') ||
                id.startsWith('@salesforce/schema/') ||
                id.startsWith('@salesforce/messageChannel/')
            ) {
                return `\0${id}`;
            }
            return null;
        },
        load(id) {
            if (id.startsWith('\0@salesforce/label/c.')) {
                const name = id.slice('\0@salesforce/label/c.'.length);
                if (!(name in labels.en_US)) {
                    this.error(`Custom label ${name} is imported but not defined in CustomLabels.labels-meta.xml`);
                }
                return `import { label } from 'virtual:labels';\nexport default label(${JSON.stringify(name)});`;
            }
            if (id === '\0virtual:labels') {
                // The demo customer's language picks the text, read once as the page loads (as in an org).
                return [
                    `import { currentLanguage } from ${JSON.stringify(join(platformDir, 'demoOrg.js'))};`,
                    `const LABELS = ${JSON.stringify(labels)};`,
                    'const language = LABELS[currentLanguage()] ? currentLanguage() : "en_US";',
                    'export function label(name) { return LABELS[language][name]; }'
                ].join('\n');
            }
            if (GATES_OFF.some((gate) => id === `\0${gate}`)) {
                return 'export default { isOpen: () => false };';
            }
            if (id === '\0virtual:metadata') {
                // The project's metadata, and the UI API schema as the portal customer sees it: one source.
                // In every language it is translated into: the demo customer's language picks one as the page loads.
                const metadata = readProjectMetadata();
                const byLanguage = Object.fromEntries(
                    ['en_US', ...translationLanguages()].map((language) => [
                        language,
                        language === 'en_US' ? metadata : readProjectMetadata(undefined, { language })
                    ])
                );
                return [
                    `import { currentLanguage } from ${JSON.stringify(join(platformDir, 'demoOrg.js'))};`,
                    `const BY_LANGUAGE = ${JSON.stringify(byLanguage)};`,
                    'export const metadata = BY_LANGUAGE[currentLanguage()] ?? BY_LANGUAGE.en_US;',
                    `export const customerSdl = ${JSON.stringify(uiapiSdl(metadata, CUSTOMER_PERMISSION_SETS))};`,
                    `export const engineerSdl = ${JSON.stringify(uiapiSdl(metadata, ENGINEER_PERMISSION_SETS))};`
                ].join('\n');
            }
            if (id === '\0virtual:demoArticles') {
                // The install script loads the same articles into an org (scripts/lib/portalSetup.mjs).
                return `export const demoArticles = ${readFileSync(join(here, '../data/knowledge-articles.json'), 'utf8')};`;
            }
            if (id.startsWith('\0@salesforce/messageChannel/')) {
                const channel = id.slice('\0@salesforce/messageChannel/'.length);
                return `export default ${JSON.stringify({ channel })};`;
            }
            if (id.startsWith('\0@salesforce/schema/')) {
                const [objectApiName, ...field] = id.slice('\0@salesforce/schema/'.length).split('.');
                const reference = field.length ? { objectApiName, fieldApiName: field.join('.') } : { objectApiName };
                return `export default ${JSON.stringify(reference)};`;
            }
            return null;
        }
    };
}

export default {
    input: join(here, 'src/main.js'),
    // A component's `import('c/…')` becomes a chunk of its own, fetched when the component asks for it,
    // as the site serves such a module on demand (Home's tabs: docs/performance.md).
    output: {
        dir: join(here, 'dist'),
        entryFileNames: 'app.js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        format: 'esm',
        sourcemap: false
    },
    plugins: [
        demoOrgPlatform(),
        replace({
            preventAssignment: true,
            values: { 'process.env.NODE_ENV': JSON.stringify('development'), 'import.meta.env.SSR': 'false' }
        }),
        lwc({
            rootDir: join(here, 'src/modules'),
            // `<lwc:component lwc:is>`, which the org compiles for a bundle with the lightning__dynamicComponent
            // capability (npm run build checks each bundle that uses it declares it).
            enableDynamicComponents: true,
            exclude: ['**/node_modules/graphql/**'],
            modules: [
                ...componentModules(),
                // lightning-file-upload is an org-only base component: the demo org's stand-in takes its place.
                { name: 'lightning/fileUpload', path: join(platformDir, 'fileUpload/fileUpload.js') },
                { dir: join(here, 'src/modules') },
                { npm: 'lightning-base-components' }
            ]
        }),
        nodeResolve({ browser: true })
    ],
    onwarn(warning, warn) {
        // lightning-base-components is full of these; they are not ours to fix.
        if (
            warning.code === 'CIRCULAR_DEPENDENCY' ||
            warning.code === 'THIS_IS_UNDEFINED' ||
            String(warning.id ?? warning.loc?.file ?? '').includes('lightning-base-components')
        ) {
            return;
        }
        warn(warning);
    }
};
