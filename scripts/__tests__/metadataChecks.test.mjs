// Each metadata check must catch a broken input and name the file: these tests
// build a small valid project, break one thing, and read the message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as checks from '../lib/metadataChecks.mjs';

const XML = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NS = 'xmlns="http://soap.sforce.com/2006/04/metadata"';

/** The smallest project that passes every check. */
function validFiles() {
    return {
        'sfdx-project.json': JSON.stringify({
            packageDirectories: [
                {
                    path: 'force-app',
                    default: true,
                    package: 'Widgets',
                    versionName: 'Widgets 1.0',
                    versionNumber: '1.0.0.NEXT',
                    versionDescription: 'The widget'
                },
                { path: 'site' }
            ],
            sourceApiVersion: '64.0'
        }),
        'force-app/main/default/lwc/widget/widget.ts': [
            "import { LightningElement, api } from 'lwc';",
            "import TITLE from '@salesforce/label/c.Widget_Title';",
            "import NOTE_FIELD from '@salesforce/schema/Thing__c.Note__c';",
            "import SUBJECT from '@salesforce/schema/Case.Subject';",
            "import CHANNEL from '@salesforce/messageChannel/Widget_Channel__c';",
            'export default class Widget extends LightningElement {',
            "    @api mode = 'A';",
            '    labels = { TITLE, NOTE_FIELD, SUBJECT, CHANNEL };',
            '}'
        ].join('\n'),
        'force-app/main/default/lwc/widget/widget.js-meta.xml': `${XML}<LightningComponentBundle ${NS}>
    <apiVersion>64.0</apiVersion>
    <isExposed>true</isExposed>
    <targets><target>lightningCommunity__Page</target><target>lightningCommunity__Default</target></targets>
    <targetConfigs>
        <targetConfig targets="lightningCommunity__Default">
            <property name="mode" type="String" label="Mode" datasource="A,B" default="A" />
        </targetConfig>
    </targetConfigs>
</LightningComponentBundle>`,
        'force-app/main/default/objects/Thing__c/Thing__c.object-meta.xml': `${XML}<CustomObject ${NS}><label>Thing</label></CustomObject>`,
        'force-app/main/default/objects/Thing__c/fields/Note__c.field-meta.xml': `${XML}<CustomField ${NS}>
    <fullName>Note__c</fullName><label>Note</label><type>Text</type><length>80</length>
</CustomField>`,
        'force-app/main/default/objects/Part__c/Part__c.object-meta.xml': `${XML}<CustomObject ${NS}><label>Part</label></CustomObject>`,
        'force-app/main/default/objects/Part__c/fields/Thing__c.field-meta.xml': `${XML}<CustomField ${NS}>
    <fullName>Thing__c</fullName><label>Thing</label><type>MasterDetail</type><referenceTo>Thing__c</referenceTo>
    <relationshipName>Parts</relationshipName>
</CustomField>`,
        'force-app/main/default/objects/Thing__c/fields/Size__c.field-meta.xml': `${XML}<CustomField ${NS}>
    <fullName>Size__c</fullName><label>Size</label><type>Picklist</type><required>true</required>
    <valueSet><valueSetDefinition><value><fullName>S</fullName><label>S</label></value></valueSetDefinition></valueSet>
</CustomField>`,
        'force-app/main/default/objects/Thing__c/validationRules/Note_Short.validationRule-meta.xml': `${XML}<ValidationRule ${NS}>
    <fullName>Note_Short</fullName><active>true</active>
    <errorConditionFormula>LEN(Note__c) &gt; 10</errorConditionFormula>
    <errorDisplayField>Note__c</errorDisplayField><errorMessage>Too long.</errorMessage>
</ValidationRule>`,
        'force-app/main/default/labels/CustomLabels.labels-meta.xml': `${XML}<CustomLabels ${NS}>
    <labels><fullName>Widget_Title</fullName><language>en_US</language><protected>false</protected>
    <shortDescription>Title</shortDescription><value>Widget</value></labels>
</CustomLabels>`,
        'force-app/main/default/messageChannels/Widget_Channel.messageChannel-meta.xml': `${XML}<LightningMessageChannel ${NS}>
    <masterLabel>Widget Channel</masterLabel><isExposed>false</isExposed>
    <lightningMessageFields><fieldName>value</fieldName></lightningMessageFields>
</LightningMessageChannel>`,
        'force-app/main/default/permissionsets/Support_Portal_Customer.permissionset-meta.xml': `${XML}<PermissionSet ${NS}>
    <label>Customer</label>
    <objectPermissions><object>Thing__c</object><allowCreate>false</allowCreate><allowRead>true</allowRead>
    <allowEdit>false</allowEdit><allowDelete>false</allowDelete><viewAllRecords>false</viewAllRecords><modifyAllRecords>false</modifyAllRecords></objectPermissions>
    <objectPermissions><object>Part__c</object><allowCreate>false</allowCreate><allowRead>true</allowRead>
    <allowEdit>false</allowEdit><allowDelete>false</allowDelete><viewAllRecords>false</viewAllRecords><modifyAllRecords>false</modifyAllRecords></objectPermissions>
    <fieldPermissions><field>Thing__c.Note__c</field><editable>false</editable><readable>true</readable></fieldPermissions>
</PermissionSet>`,
        'site/main/default/networks/Portal.network-meta.xml': `${XML}<Network ${NS}>
    <allowInternalUserLogin>false</allowInternalUserLogin>
    <networkMemberGroups><permissionSet>Support_Portal_Customer</permissionSet><profile>admin</profile></networkMemberGroups>
    <picassoSite>Portal1</picassoSite><selfRegistration>false</selfRegistration><site>Portal</site>
</Network>`,
        'site/main/default/sites/Portal.site-meta.xml': `${XML}<CustomSite ${NS}><masterLabel>Portal</masterLabel></CustomSite>`,
        'site/main/default/digitalExperienceConfigs/Portal1.digitalExperienceConfig-meta.xml': `${XML}<DigitalExperienceConfig ${NS}>
    <label>Portal</label><site><urlPathPrefix>portal</urlPathPrefix></site><space>site/Portal1</space>
</DigitalExperienceConfig>`,
        'site/main/default/digitalExperiences/site/Portal1/Portal1.digitalExperience-meta.xml': `${XML}<DigitalExperienceBundle ${NS}><label>Portal1</label></DigitalExperienceBundle>`,
        'site/main/default/digitalExperiences/site/Portal1/sfdc_cms__site/Portal1/_meta.json': JSON.stringify({
            apiName: 'Portal1',
            type: 'sfdc_cms__site',
            path: ''
        }),
        'site/main/default/digitalExperiences/site/Portal1/sfdc_cms__view/login/content.json': JSON.stringify({
            type: 'sfdc_cms__view',
            contentBody: {
                component: {
                    children: [
                        {
                            definition: 'community_login:loginForm',
                            attributes: { selfRegisterLabel: '', selfRegisterUrl: '' },
                            type: 'component'
                        }
                    ]
                },
                viewType: 'login-main'
            }
        }),
        'site/main/default/digitalExperiences/site/Portal1/sfdc_cms__route/Home/content.json': JSON.stringify({
            type: 'sfdc_cms__route',
            contentBody: { activeViewId: 'home' }
        }),
        'site/main/default/digitalExperiences/site/Portal1/sfdc_cms__view/home/_meta.json': JSON.stringify({
            apiName: 'home',
            type: 'sfdc_cms__view'
        }),
        'site/main/default/digitalExperiences/site/Portal1/sfdc_cms__view/home/content.json': JSON.stringify({
            type: 'sfdc_cms__view',
            contentBody: { component: { children: [{ definition: 'c:widget', type: 'component' }] } }
        })
    };
}

function makeProject(changes = {}) {
    const root = mkdtempSync(join(tmpdir(), 'metadata-checks-'));
    const files = { ...validFiles(), ...changes };
    for (const [path, content] of Object.entries(files)) {
        if (content === null) {
            continue;
        }
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), content);
    }
    return root;
}

function problemsOf(check, changes) {
    const root = makeProject(changes);
    try {
        return check(checks.loadProject(root));
    } finally {
        rmSync(root, { recursive: true, force: true });
    }
}

function replaceIn(path, from, to) {
    const original = validFiles()[path];
    assert.ok(original.includes(from), `fixture ${path} has no ${from}`);
    return { [path]: original.replace(from, to) };
}

const META = 'force-app/main/default/lwc/widget/widget.js-meta.xml';
const SOURCE = 'force-app/main/default/lwc/widget/widget.ts';
const FIELD = 'force-app/main/default/objects/Thing__c/fields/Note__c.field-meta.xml';
const RULE = 'force-app/main/default/objects/Thing__c/validationRules/Note_Short.validationRule-meta.xml';
const LABELS = 'force-app/main/default/labels/CustomLabels.labels-meta.xml';
const PERMSET = 'force-app/main/default/permissionsets/Support_Portal_Customer.permissionset-meta.xml';
const VIEW = 'site/main/default/digitalExperiences/site/Portal1/sfdc_cms__view/home/content.json';

test('the valid fixture passes every check', () => {
    for (const [name, check] of Object.entries(checks.CHECKS)) {
        assert.deepEqual(problemsOf(check, {}), [], name);
    }
});

test('the real project passes every check', () => {
    const root = new URL('../..', import.meta.url).pathname;
    for (const { name, problems } of checks.checkProject(root)) {
        assert.deepEqual(problems, [], name);
    }
});

test('catches XML that is not well-formed', () => {
    const problems = problemsOf(checks.checkWellFormedXml, replaceIn(FIELD, '</CustomField>', '</CustomFeld>'));
    assert.match(
        problems[0],
        /^force-app\/main\/default\/objects\/Thing__c\/fields\/Note__c\.field-meta\.xml: not well-formed XML/
    );
});

test('catches a second API version', () => {
    const problems = problemsOf(checks.checkApiVersions, replaceIn(META, '64.0', '58.0'));
    assert.deepEqual(problems, [`${META}: apiVersion 58.0, but the project uses 64.0`]);
});

test('catches unknown targets, bad property types and defaults, and properties the component lacks', () => {
    assert.deepEqual(
        problemsOf(checks.checkComponentMeta, replaceIn(META, 'lightningCommunity__Page<', 'lightningCommunity__Pag<')),
        [`${META}: unknown target lightningCommunity__Pag`]
    );
    assert.deepEqual(problemsOf(checks.checkComponentMeta, replaceIn(META, 'type="String"', 'type="Text"')), [
        `${META}: property mode has type Text; use one of String, Boolean, Integer, Color, ContentReference`
    ]);
    assert.deepEqual(problemsOf(checks.checkComponentMeta, replaceIn(META, 'default="A"', 'default="C"')), [
        `${META}: property mode defaults to C, which its datasource does not offer`
    ]);
    assert.deepEqual(problemsOf(checks.checkComponentMeta, replaceIn(SOURCE, '@api mode', 'mode')), [
        `${META}: property mode is not an @api property of widget`
    ]);
    assert.deepEqual(
        problemsOf(
            checks.checkComponentMeta,
            replaceIn(
                META,
                '<targets><target>lightningCommunity__Page</target><target>lightningCommunity__Default</target></targets>',
                ''
            )
        ),
        [
            `${META}: exposed but has no targets`,
            `${META}: targetConfig for lightningCommunity__Default, which is not among the targets`
        ]
    );
});

test('catches a lookup whose delete behaviour an org refuses', () => {
    const lookup = (rest) =>
        replaceIn(
            FIELD,
            '<type>Text</type><length>80</length>',
            `<type>Lookup</type><referenceTo>Case</referenceTo><relationshipName>Widgets</relationshipName>${rest}`
        );
    const problems = (rest) =>
        problemsOf(checks.checkFields, lookup(rest)).filter((p) => !p.includes('Case, an object'));
    assert.deepEqual(problems('<deleteConstraint>SetNull</deleteConstraint>'), []);
    assert.deepEqual(problems('<deleteConstraint>Restrict</deleteConstraint><required>true</required>'), []);
    assert.deepEqual(problems('<deleteConstraint>Cascade</deleteConstraint><required>true</required>'), [
        `${FIELD}: a lookup that deletes its rows with its record (Cascade) needs a feature Salesforce turns off by default, and lookups to standard objects never have it: use SetNull or Restrict`
    ]);
    assert.deepEqual(problems('<deleteConstraint>SetNull</deleteConstraint><required>true</required>'), [
        `${FIELD}: a required lookup cannot be cleared when its record is deleted (SetNull)`
    ]);
});

test('catches broken fields', () => {
    assert.deepEqual(problemsOf(checks.checkFields, replaceIn(FIELD, '<fullName>Note__c', '<fullName>Notes__c')), [
        `${FIELD}: fullName Notes__c does not match the file name Note__c`
    ]);
    assert.deepEqual(problemsOf(checks.checkFields, replaceIn(FIELD, '<length>80</length>', '')), [
        `${FIELD}: a Text field needs a length from 1 to 255`
    ]);
    assert.deepEqual(
        problemsOf(
            checks.checkFields,
            replaceIn(
                FIELD,
                '<type>Text</type><length>80</length>',
                '<type>Lookup</type><referenceTo>Widget__c</referenceTo>'
            )
        ),
        [
            `${FIELD}: refers to Widget__c, an object the project does not know`,
            `${FIELD}: a relationship field needs a relationshipName`
        ]
    );
});

test('catches validation rules that name missing fields or lack a message', () => {
    assert.deepEqual(
        problemsOf(
            checks.checkValidationRules,
            replaceIn(RULE, '<errorDisplayField>Note__c', '<errorDisplayField>Gone__c')
        ),
        [`${RULE}: shows its error on Thing__c.Gone__c, which does not exist`]
    );
    assert.deepEqual(problemsOf(checks.checkFormulas, replaceIn(RULE, 'LEN(Note__c)', 'LEN(Nope__c)')), [
        `${RULE}: its formula uses Nope__c, which does not exist on Thing__c`
    ]);
    assert.deepEqual(problemsOf(checks.checkFormulas, replaceIn(RULE, 'LEN(Note__c)', 'LEN($User.Nickname__c)')), [
        `${RULE}: its formula uses $User.Nickname__c, which does not exist on Thing__c`
    ]);
    assert.deepEqual(problemsOf(checks.checkFormulas, replaceIn(RULE, 'LEN(Note__c) &gt; 10', 'LEN(Note__c) &gt;')), [
        `${RULE}: the formula does not parse: Syntax error.`
    ]);
    assert.deepEqual(problemsOf(checks.checkFormulas, replaceIn(RULE, 'LEN(Note__c)', 'LENGTH(Note__c)')), [
        `${RULE}: the formula does not evaluate: Thing__c: Unknown function LENGTH. Check spelling. in LENGTH(Note__c) > 10`
    ]);
    assert.deepEqual(
        problemsOf(checks.checkFormulas, replaceIn(RULE, 'LEN(Note__c) &gt; 10', 'ISPICKVAL(Note__c, &apos;x&apos;)')),
        [
            `${RULE}: the formula does not evaluate: Thing__c: Incorrect parameter type for function 'ISPICKVAL()'. Expected Picklist, received Text in ISPICKVAL(Note__c, 'x')`
        ]
    );
    assert.deepEqual(problemsOf(checks.checkValidationRules, replaceIn(RULE, 'Too long.', '')), [
        `${RULE}: has no errorMessage`
    ]);
});

test('catches permission sets that grant missing or required fields', () => {
    assert.deepEqual(
        problemsOf(checks.checkPermissionSets, replaceIn(PERMSET, 'Thing__c.Note__c', 'Thing__c.Gone__c')),
        [`${PERMSET}: grants Thing__c.Gone__c, which does not exist`]
    );
    assert.deepEqual(
        problemsOf(checks.checkPermissionSets, replaceIn(PERMSET, 'Thing__c.Note__c', 'Thing__c.Size__c')),
        [`${PERMSET}: grants Thing__c.Size__c, a required or master-detail field (the deploy refuses that)`]
    );
    assert.deepEqual(
        problemsOf(checks.checkPermissionSets, replaceIn(PERMSET, '<object>Thing__c', '<object>Nothing__c')),
        [
            `${PERMSET}: grants the object Nothing__c, which does not exist`,
            `${PERMSET}: grants Read on Part__c, which depends on Read on its master Thing__c (the deploy refuses it)`
        ]
    );
});

test('catches a permission set description longer than the 255 characters an org takes', () => {
    assert.deepEqual(
        problemsOf(
            checks.checkPermissionSets,
            replaceIn(
                PERMSET,
                '<label>Customer</label>',
                `<label>Customer</label><description>${'x'.repeat(256)}</description>`
            )
        ),
        [`${PERMSET}: its description is longer than 255 characters (the deploy refuses it)`]
    );
});

test('catches an object permission on a master-detail child without the access it needs on the master', () => {
    const thing =
        '<object>Thing__c</object><allowCreate>false</allowCreate><allowRead>true</allowRead>\n    <allowEdit>false</allowEdit><allowDelete>false</allowDelete><viewAllRecords>false</viewAllRecords>';
    const part =
        '<object>Part__c</object><allowCreate>false</allowCreate><allowRead>true</allowRead>\n    <allowEdit>false</allowEdit><allowDelete>false</allowDelete><viewAllRecords>false</viewAllRecords>';
    // Read on the detail without Read on the master: what the deploy refused for Support_License__c.
    assert.deepEqual(
        problemsOf(
            checks.checkPermissionSets,
            replaceIn(PERMSET, thing, thing.replace('<allowRead>true', '<allowRead>false'))
        ),
        [`${PERMSET}: grants Read on Part__c, which depends on Read on its master Thing__c (the deploy refuses it)`]
    );
    // View All on the detail needs View All on the master.
    assert.deepEqual(
        problemsOf(
            checks.checkPermissionSets,
            replaceIn(
                PERMSET,
                part,
                part
                    .replace('<allowCreate>false', '<allowCreate>true')
                    .replace('<viewAllRecords>false', '<viewAllRecords>true')
            )
        ),
        [
            `${PERMSET}: grants View All on Part__c, which depends on View All on its master Thing__c (the deploy refuses it)`
        ]
    );
    // No grant on the master at all.
    assert.deepEqual(
        problemsOf(checks.checkPermissionSets, replaceIn(PERMSET, '<object>Thing__c', '<object>Account')),
        [`${PERMSET}: grants Read on Part__c, which depends on Read on its master Thing__c (the deploy refuses it)`]
    );
});

test('catches labels that are repeated, empty or undescribed', () => {
    const twice = replaceIn(
        LABELS,
        '</CustomLabels>',
        '<labels><fullName>Widget_Title</fullName><language>en_US</language><shortDescription>x</shortDescription><value>x</value></labels></CustomLabels>'
    );
    assert.deepEqual(problemsOf(checks.checkLabels, twice), [`${LABELS}: label Widget_Title is defined twice`]);
    assert.deepEqual(problemsOf(checks.checkLabels, replaceIn(LABELS, '<value>Widget</value>', '<value></value>')), [
        `${LABELS}: label Widget_Title has no value`
    ]);
    assert.deepEqual(
        problemsOf(checks.checkLabels, replaceIn(LABELS, '<shortDescription>Title</shortDescription>', '')),
        [`${LABELS}: label Widget_Title has no shortDescription`]
    );
});

test('catches a message channel field without a name', () => {
    const path = 'force-app/main/default/messageChannels/Widget_Channel.messageChannel-meta.xml';
    assert.deepEqual(
        problemsOf(
            checks.checkMessageChannels,
            replaceIn(path, '<fieldName>value</fieldName>', '<description>x</description>')
        ),
        [`${path}: a message field has no fieldName`]
    );
});

test('catches site pages that place unknown components or point at missing views', () => {
    assert.deepEqual(problemsOf(checks.checkSite, replaceIn(VIEW, 'c:widget', 'c:gadget')), [
        `${VIEW}: places c:gadget, which is not a component exposed to Experience Builder`
    ]);
    const route = 'site/main/default/digitalExperiences/site/Portal1/sfdc_cms__route/Home/content.json';
    assert.deepEqual(problemsOf(checks.checkSite, replaceIn(route, '"home"', '"homepage"')), [
        `${route}: its view homepage does not exist`
    ]);
    assert.match(problemsOf(checks.checkSite, { [VIEW]: '{ not json' })[0], new RegExp(`^${VIEW}: not valid JSON`));
});

test('catches site names that do not follow the generator (<Site> and <Site>1)', () => {
    const network = 'site/main/default/networks/Portal.network-meta.xml';
    const config = 'site/main/default/digitalExperienceConfigs/Portal1.digitalExperienceConfig-meta.xml';
    assert.deepEqual(
        problemsOf(checks.checkSiteNames, replaceIn(network, '<picassoSite>Portal1', '<picassoSite>Portal')),
        [`${network}: picassoSite is Portal; the generator names it Portal1 (site Portal + 1)`]
    );
    assert.deepEqual(problemsOf(checks.checkSiteNames, replaceIn(config, 'site/Portal1', 'site/Portal')), [
        `${config}: must exist with space site/Portal1`
    ]);
    const siteMeta = 'site/main/default/digitalExperiences/site/Portal1/sfdc_cms__site/Portal1/_meta.json';
    assert.deepEqual(problemsOf(checks.checkSiteNames, { [siteMeta]: JSON.stringify({ apiName: 'Portal' }) }), [
        `${siteMeta}: the sfdc_cms__site apiName must be Portal1`
    ]);
    const bundle = 'site/main/default/digitalExperiences/site/Portal1/Portal1.digitalExperience-meta.xml';
    assert.deepEqual(problemsOf(checks.checkSiteNames, { [bundle]: null }), [
        `${network}: the DigitalExperienceBundle ${bundle} is missing`
    ]);
});

test('catches objectApiName on routes and views, and login links to features that are off', () => {
    const route = 'site/main/default/digitalExperiences/site/Portal1/sfdc_cms__route/Home/content.json';
    assert.deepEqual(
        problemsOf(checks.checkSitePages, {
            [route]: JSON.stringify({
                type: 'sfdc_cms__route',
                contentBody: { activeViewId: 'home', objectApiName: 'Case' }
            })
        }),
        [
            `${route}: has objectApiName, which LWR routes and views do not take (routeType detail-<key prefix> says the object)`
        ]
    );
    const login = 'site/main/default/digitalExperiences/site/Portal1/sfdc_cms__view/login/content.json';
    assert.deepEqual(
        problemsOf(
            checks.checkSitePages,
            replaceIn(login, '"selfRegisterLabel":""', '"selfRegisterLabel":"Not a member?"')
        ),
        [`${login}: shows a self-registration link, but self-registration is off`]
    );
    assert.deepEqual(
        problemsOf(
            checks.checkSitePages,
            replaceIn(
                login,
                '"definition":"community_login:loginForm"',
                '"definition":"community_login:employeeLoginLink"'
            )
        ),
        [`${login}: shows the employee login link, but the network does not allow internal users to log in`]
    );
});

test('catches components that import or place what LWR sites do not support', () => {
    assert.deepEqual(
        problemsOf(
            checks.checkLwrSupport,
            replaceIn(
                SOURCE,
                "import { LightningElement, api } from 'lwc';",
                "import LightningModal from 'lightning/modal';\nimport { LightningElement, api } from 'lwc';"
            )
        ),
        [`${SOURCE}: imports lightning/modal: panels and modals are unsupported in LWR sites; use an inline panel`]
    );
    assert.deepEqual(
        problemsOf(
            checks.checkLwrSupport,
            replaceIn(
                SOURCE,
                "import { LightningElement, api } from 'lwc';",
                "import { ShowToastEvent } from 'lightning/platformShowToastEvent';\nimport { LightningElement, api } from 'lwc';"
            )
        ),
        [
            `${SOURCE}: imports lightning/platformShowToastEvent: platform-show-toast-event is unsupported in LWR sites; use toast-container or inline messages`
        ]
    );
    const template = 'force-app/main/default/lwc/widget/widget.html';
    assert.deepEqual(
        problemsOf(checks.checkLwrSupport, {
            [template]: '<template><lightning-emp-api></lightning-emp-api></template>'
        }),
        [`${template}: uses <lightning-emp-api>: lightning-emp-api is unsupported in LWR sites`]
    );
});

test('catches a component query the UI API would refuse, naming the file, the query and the cause', () => {
    const withQuery = (body) =>
        replaceIn(
            SOURCE,
            'export default class Widget',
            `const QUERY = gql\`query widgetThings { uiapi { query { ${body} } } }\`;\nexport default class Widget`
        );
    assert.deepEqual(
        problemsOf(checks.checkComponentQueries, withQuery('Thing__c { edges { node { Note__c { value } } } }')),
        []
    );
    assert.deepEqual(
        problemsOf(checks.checkComponentQueries, withQuery('Thing__c { edges { node { Nte__c { value } } } }')),
        [
            `${SOURCE}:6: query widgetThings: Cannot query field "Nte__c" on type "Thing__c". Did you mean "Note__c" or "Size__c"?`
        ]
    );
    assert.deepEqual(
        problemsOf(
            checks.checkComponentQueries,
            withQuery('Part__c { edges { node { Thing__r { Parts__r { edges { node { Id } } } } } } }')
        ),
        [
            `${SOURCE}:6: query widgetThings: Part__c.edges.node.Thing__r.Parts__r: a child relationship under a parent relationship; the UI API allows child relationships only on the root object (as SOQL)`
        ]
    );
});

test('catches a bare colour in a component stylesheet', () => {
    const css = 'force-app/main/default/lwc/widget/widget.css';
    assert.deepEqual(
        problemsOf(checks.checkStylingHooks, {
            [css]: '.a {\n    color: var(--slds-g-color-brand-base-50, #0176d3);\n    border: 1px solid #c9c9c9;\n}\n'
        }),
        [`${css}:3: #c9c9c9 is a bare colour; use an SLDS styling hook (var(--slds-g-color-…, #c9c9c9))`]
    );
});

test('catches imports of labels, fields and message channels the project lacks', () => {
    assert.deepEqual(problemsOf(checks.checkImports, replaceIn(SOURCE, 'c.Widget_Title', 'c.Widget_Titel')), [
        `${SOURCE}: imports the label c.Widget_Titel, which is not in CustomLabels`
    ]);
    assert.deepEqual(problemsOf(checks.checkImports, replaceIn(SOURCE, 'Thing__c.Note__c', 'Thing__c.Nope__c')), [
        `${SOURCE}: imports Thing__c.Nope__c, but the field Thing__c.Nope__c does not exist`
    ]);
    assert.deepEqual(problemsOf(checks.checkImports, replaceIn(SOURCE, 'Case.Subject', 'Case.Subjekt')), [
        `${SOURCE}: imports Case.Subjekt, but the field Case.Subjekt does not exist`
    ]);
    assert.deepEqual(problemsOf(checks.checkImports, replaceIn(SOURCE, 'Widget_Channel__c', 'Gadget_Channel__c')), [
        `${SOURCE}: imports the message channel Gadget_Channel__c, which does not exist`
    ]);
});

test('catches a field the components use that the portal users may not read', () => {
    assert.deepEqual(
        problemsOf(
            checks.checkPermissionCoverage,
            replaceIn(
                PERMSET,
                '<readable>true</readable></fieldPermissions>',
                '<readable>false</readable></fieldPermissions>'
            )
        ),
        [`${PERMSET}: ${SOURCE} uses Thing__c.Note__c, but the permission set does not grant it`]
    );
    assert.deepEqual(problemsOf(checks.checkPermissionCoverage, { [PERMSET]: null }), [
        'force-app/main/default/permissionsets: Support_Portal_Customer is missing'
    ]);
});

test('finds source-only files in a converted package', () => {
    assert.deepEqual(
        checks.sourceOnlyFiles([
            'package.xml',
            'lwc/widget/widget.js',
            'lwc/widget/widget.js-meta.xml',
            'lwc/widget/widget.ts',
            'lwc/widget/__tests__/widget.test.ts',
            'lwc/widget/__tests__/data/rows.json',
            'lwc/tsconfig.json',
            'labels/CustomLabels.labels'
        ]),
        [
            'lwc/widget/widget.ts',
            'lwc/widget/__tests__/widget.test.ts',
            'lwc/widget/__tests__/data/rows.json',
            'lwc/tsconfig.json'
        ]
    );
});

test('catches customer-visible text outside labels: template text, a literal aria-label, prose in code', () => {
    const template = 'force-app/main/default/lwc/widget/widget.html';
    assert.deepEqual(
        problemsOf(checks.checkTextOutsideLabels, {
            [template]:
                '<template><p>{labels.title}</p><p>Call us now</p><button aria-label="Close dialog">{labels.title}</button></template>'
        }),
        [
            `${template}: "Call us now" is text outside a label; put it in CustomLabels and bind it`,
            `${template}: aria-label="Close dialog" is text outside a label; bind a label`
        ]
    );
    const prose = replaceIn(SOURCE, "@api mode = 'A';", "@api mode = 'A';\n    note = 'Please try again later';");
    assert.deepEqual(problemsOf(checks.checkTextOutsideLabels, prose), [
        `${SOURCE}:8: 'Please try again later' looks like text for a customer; put it in CustomLabels`
    ]);
    // A picklist API value is data, not prose, and routes nothing by a translated word.
    const value = replaceIn(SOURCE, "@api mode = 'A';", "@api mode = 'A';\n    size = 'S';");
    assert.deepEqual(problemsOf(checks.checkTextOutsideLabels, value), []);
});

test('catches a label left untranslated, in English, or without its placeholders; an allowlisted one passes', () => {
    const LANGUAGES = 'force-app/main/default/lwc/supportLanguages/supportLanguages.ts';
    const TRANSLATION = 'force-app/main/default/translations/de.translation-meta.xml';
    const labels = {
        'force-app/main/default/labels/CustomLabels.labels-meta.xml': `${XML}<CustomLabels ${NS}>
    <labels><fullName>Widget_Title</fullName><language>en_US</language><protected>false</protected><shortDescription>T</shortDescription><value>Widget</value></labels>
    <labels><fullName>Widget_Count</fullName><language>en_US</language><protected>false</protected><shortDescription>C</shortDescription><value>{0} of {1} done</value></labels>
    <labels><fullName>Widget_Help</fullName><language>en_US</language><protected>false</protected><shortDescription>H</shortDescription><value>Need help?</value></labels>
    <labels><fullName>Widget_Brand</fullName><language>en_US</language><protected>false</protected><shortDescription>B</shortDescription><value>Secret Server</value></labels>
</CustomLabels>`,
        [LANGUAGES]: "export const SUPPORT_LANGUAGES = [{ code: 'en_US' }, { code: 'de' }];\n"
    };
    const german = (entries) =>
        `${XML}<Translations ${NS}>${entries.map(([name, text]) => `<customLabels><label>${text}</label><name>${name}</name></customLabels>`).join('')}</Translations>`;
    assert.deepEqual(problemsOf(checks.checkLabelTranslations, labels), [
        `${TRANSLATION} is missing: the portal offers de (c/supportLanguages)`
    ]);
    const problems = problemsOf(checks.checkLabelTranslations, {
        ...labels,
        [TRANSLATION]: german([
            ['Widget_Title', 'Widget-Anzeige'],
            ['Widget_Count', '{0} erledigt'],
            ['Widget_Help', 'Need help?'],
            ['Widget_Brand', 'Secret Server'],
            ['Widget_Gone', 'Weg']
        ]),
        'scripts/lib/sameInTranslation.json': JSON.stringify({ de: { Widget_Brand: 'a product name' } })
    });
    assert.deepEqual(problems, [
        `${TRANSLATION}: the label Widget_Count must keep the placeholders {0} {1}; it has {0}`,
        `${TRANSLATION}: the label Widget_Help is still in English ("Need help?"); translate it, or add it with the reason to scripts/lib/sameInTranslation.json`,
        `${TRANSLATION}: translates Widget_Gone, which is not a custom label (renamed or deleted?)`
    ]);
    const missing = problemsOf(checks.checkLabelTranslations, {
        ...labels,
        [TRANSLATION]: german([['Widget_Title', 'Anzeige']])
    });
    assert.ok(missing.includes(`${TRANSLATION}: the label Widget_Help ("Need help?") has no de translation`));
});

// Knowledge in the package: a field on Knowledge__kav, the customer's grant on it, a widget query
// reading it, and the definition file that turns Knowledge on for the package's build org.
const KNOWLEDGE_BODY = 'force-app/main/default/objects/Knowledge__kav/fields/Body__c.field-meta.xml';
const DEFINITION = 'config/project-scratch-def.json';
const KNOWLEDGE_ON = {
    edition: 'Developer',
    features: ['Communities', 'Knowledge'],
    settings: { knowledgeSettings: { enableKnowledge: true, enableLightningKnowledge: true } }
};
const KNOWLEDGE_GRANTS = `
    <objectPermissions><object>Knowledge__kav</object><allowCreate>false</allowCreate><allowRead>true</allowRead>
    <allowEdit>false</allowEdit><allowDelete>false</allowDelete><viewAllRecords>false</viewAllRecords><modifyAllRecords>false</modifyAllRecords></objectPermissions>
    <fieldPermissions><field>Knowledge__kav.Body__c</field><editable>false</editable><readable>true</readable></fieldPermissions>
</PermissionSet>`;

/** The fixture with Knowledge: Body__c on Knowledge__kav, the customer's grants, a widget query, the definition file. */
function withKnowledge(changes = {}, definition = KNOWLEDGE_ON) {
    const files = validFiles();
    return {
        'sfdx-project.json': files['sfdx-project.json'].replace(
            '"versionDescription":"The widget"',
            `"versionDescription":"The widget","definitionFile":"${DEFINITION}"`
        ),
        [DEFINITION]: JSON.stringify(definition),
        [KNOWLEDGE_BODY]: `${XML}<CustomField ${NS}>
    <fullName>Body__c</fullName><label>Body</label><type>Html</type><length>131072</length><visibleLines>25</visibleLines>
</CustomField>`,
        [PERMSET]: files[PERMSET].replace('</PermissionSet>', KNOWLEDGE_GRANTS),
        [SOURCE]: files[SOURCE].replace(
            'export default class Widget',
            'const QUERY = gql`query widgetArticles { uiapi { query { Knowledge__kav { edges { node { Title { value } Body__c { value } } } } } } }`;\nexport default class Widget'
        ),
        ...changes
    };
}

test('the fixture with Knowledge in the package passes: its field, the customer’s grants, the query, the definition file', () => {
    assert.ok(withKnowledge()['sfdx-project.json'].includes(`"definitionFile":"${DEFINITION}"`));
    for (const check of [
        checks.checkFields,
        checks.checkPermissionSets,
        checks.checkPermissionCoverage,
        checks.checkComponentQueries,
        checks.checkKnowledgeInDefinition
    ]) {
        assert.deepEqual(problemsOf(check, withKnowledge()), [], check.name);
    }
});

test('catches a Knowledge field the portal reads that the customer set does not grant', () => {
    const noBody = withKnowledge({
        [PERMSET]: withKnowledge()[PERMSET].replace(
            /<fieldPermissions><field>Knowledge__kav\.Body__c.*<\/fieldPermissions>/,
            ''
        )
    });
    assert.deepEqual(problemsOf(checks.checkPermissionCoverage, noBody), [
        `${PERMSET}: ${SOURCE} uses Knowledge__kav.Body__c, but the permission set does not grant it`
    ]);
    assert.deepEqual(problemsOf(checks.checkComponentQueries, noBody), [
        `${SOURCE}:6: query widgetArticles: Cannot query field "Body__c" on type "Knowledge__kav".`
    ]);
    // Without the grant on the object, the customer reads no Knowledge at all.
    assert.deepEqual(problemsOf(checks.checkPermissionCoverage, withKnowledge({ [PERMSET]: validFiles()[PERMSET] })), [
        `${PERMSET}: ${SOURCE} reads Knowledge__kav, but the permission set does not grant it`,
        `${PERMSET}: ${SOURCE} uses Knowledge__kav.Body__c, but the permission set does not grant it`
    ]);
});

test('a package that names Knowledge needs a definition file that turns it on, naming what names it', () => {
    const named = `the package names Knowledge__kav (force-app/main/default/lwc/widget/widget.ts, force-app/main/default/objects/Knowledge__kav, ${PERMSET})`;
    assert.deepEqual(
        problemsOf(
            checks.checkKnowledgeInDefinition,
            withKnowledge({}, { ...KNOWLEDGE_ON, features: ['Communities'] })
        ),
        [`${DEFINITION}: ${named}, so the package's definition file needs the feature "Knowledge"`]
    );
    assert.deepEqual(
        problemsOf(checks.checkKnowledgeInDefinition, withKnowledge({}, { ...KNOWLEDGE_ON, settings: {} })),
        [
            `${DEFINITION}: ${named}, so the package's definition file needs settings.knowledgeSettings.enableKnowledge true`,
            `${DEFINITION}: ${named}, so the package's definition file needs settings.knowledgeSettings.enableLightningKnowledge true`
        ]
    );
    assert.deepEqual(
        problemsOf(
            checks.checkKnowledgeInDefinition,
            withKnowledge({ 'sfdx-project.json': validFiles()['sfdx-project.json'] })
        ),
        [`sfdx-project.json: ${named}, but the package directory has no definitionFile to turn Lightning Knowledge on`]
    );
    // A component's GraphQL alone is enough: the deploy validates it against the org's schema.
    const queryOnly = withKnowledge({ [KNOWLEDGE_BODY]: null, [PERMSET]: validFiles()[PERMSET] }, { features: [] });
    assert.deepEqual(problemsOf(checks.checkKnowledgeInDefinition, queryOnly), [
        `${DEFINITION}: the package names Knowledge__kav (${SOURCE}), so the package's definition file needs the feature "Knowledge"`,
        `${DEFINITION}: the package names Knowledge__kav (${SOURCE}), so the package's definition file needs settings.knowledgeSettings.enableKnowledge true`,
        `${DEFINITION}: the package names Knowledge__kav (${SOURCE}), so the package's definition file needs settings.knowledgeSettings.enableLightningKnowledge true`
    ]);
    // A package that names no Knowledge needs none (the valid fixture has no definition file).
    assert.deepEqual(problemsOf(checks.checkKnowledgeInDefinition, {}), []);
});

test('catches a rich text field without its length or visible lines', () => {
    assert.deepEqual(
        problemsOf(
            checks.checkFields,
            withKnowledge({
                [KNOWLEDGE_BODY]: withKnowledge()[KNOWLEDGE_BODY].replace('<visibleLines>25</visibleLines>', '')
            })
        ),
        [`${KNOWLEDGE_BODY}: a rich text (Html) field needs a length from 256 to 131072 and visibleLines`]
    );
});

test('the German check covers Knowledge: a Knowledge field without a German label is named', () => {
    const german = {
        'force-app/main/default/translations/de.translation-meta.xml': `${XML}<Translations ${NS}></Translations>`,
        'force-app/main/default/objectTranslations/Thing__c-de/Thing__c-de.objectTranslation-meta.xml': `${XML}<CustomObjectTranslation ${NS}>
    <caseValues><plural>false</plural><value>Ding</value></caseValues>
    <validationRules><errorMessage>Zu lang.</errorMessage><name>Note_Short</name></validationRules>
</CustomObjectTranslation>`,
        'force-app/main/default/objectTranslations/Thing__c-de/Note__c.fieldTranslation-meta.xml': `${XML}<CustomFieldTranslation ${NS}><label>Notiz</label><name>Note__c</name></CustomFieldTranslation>`,
        'force-app/main/default/objectTranslations/Thing__c-de/Size__c.fieldTranslation-meta.xml': `${XML}<CustomFieldTranslation ${NS}><label>Größe</label><name>Size__c</name>
    <picklistValues><masterLabel>S</masterLabel><translation>S</translation></picklistValues></CustomFieldTranslation>`,
        'force-app/main/default/objectTranslations/Part__c-de/Part__c-de.objectTranslation-meta.xml': `${XML}<CustomObjectTranslation ${NS}>
    <caseValues><plural>false</plural><value>Teil</value></caseValues></CustomObjectTranslation>`,
        'force-app/main/default/objectTranslations/Part__c-de/Thing__c.fieldTranslation-meta.xml': `${XML}<CustomFieldTranslation ${NS}><label>Ding</label><name>Thing__c</name></CustomFieldTranslation>`
    };
    assert.deepEqual(problemsOf(checks.checkObjectTranslations, withKnowledge(german)), [
        'force-app/main/default/objectTranslations/Knowledge__kav-de/Body__c.fieldTranslation-meta.xml: no de label for Knowledge__kav.Body__c'
    ]);
    const translated = {
        ...german,
        'force-app/main/default/objectTranslations/Knowledge__kav-de/Knowledge__kav-de.objectTranslation-meta.xml': `${XML}<CustomObjectTranslation ${NS}></CustomObjectTranslation>`,
        'force-app/main/default/objectTranslations/Knowledge__kav-de/Body__c.fieldTranslation-meta.xml': `${XML}<CustomFieldTranslation ${NS}><label>Inhalt</label><name>Body__c</name></CustomFieldTranslation>`
    };
    assert.deepEqual(problemsOf(checks.checkObjectTranslations, withKnowledge(translated)), []);
});

// ----- Lightning pages: a record page of Thing__c with the widget, opened by an app -----

const PAGE = 'force-app/main/default/flexipages/Thing_Record.flexipage-meta.xml';
const { [META]: FIXTURE_META, [PERMSET]: FIXTURE_PERMSET } = validFiles();
const APP = 'force-app/main/default/applications/Widgets.app-meta.xml';
const ENGINEER = 'force-app/main/default/permissionsets/Support_Engineer.permissionset-meta.xml';

const field = (name) =>
    `<itemInstances><fieldInstance><fieldInstanceProperties><name>uiBehavior</name><value>none</value></fieldInstanceProperties><fieldItem>Record.${name}</fieldItem><identifier>Record${name}Field</identifier></fieldInstance></itemInstances>`;
const component = (name, properties = {}) =>
    `<itemInstances><componentInstance>${Object.entries(properties)
        .map(
            ([key, value]) =>
                `<componentInstanceProperties><name>${key}</name><value>${value}</value></componentInstanceProperties>`
        )
        .join(
            ''
        )}<componentName>${name}</componentName><identifier>${name.replace(':', '_')}</identifier></componentInstance></itemInstances>`;
const region = (name, type, items) =>
    `<flexiPageRegions>${items.join('')}<name>${name}</name><type>${type}</type></flexiPageRegions>`;

/** The widget on a record page of Thing__c with a Dynamic Forms field, the app that opens it, the engineer's grants. */
function recordPageFiles({
    page = {},
    app = '',
    widgetTargets = '<target>lightning__RecordPage</target>',
    objects = 'Thing__c'
} = {}) {
    const {
        columnField = 'Note__c',
        header = 'header',
        columns = 'Facet-Columns',
        sectionLabel = '{!$Label.c.Widget_Title}',
        widget = {},
        highlights = 'force:highlightsPanel'
    } = page;
    return {
        [META]: FIXTURE_META.replace('</target></targets>', `</target>${widgetTargets}</targets>`).replace(
            '<targetConfigs>',
            `<targetConfigs>\n        <targetConfig targets="lightning__RecordPage"><objects><object>${objects}</object></objects></targetConfig>`
        ),
        [PAGE]: `${XML}<FlexiPage ${NS}>
    ${region('Facet-Column', 'Facet', [field(columnField)])}
    ${region('Facet-Columns', 'Facet', [component('flexipage:column', { body: 'Facet-Column' })])}
    ${region(header, 'Region', [component(highlights)])}
    ${region('main', 'Region', [component('flexipage:fieldSection', { columns, label: sectionLabel }), component(widget.name ?? 'widget', widget.properties)])}
    <masterLabel>Thing</masterLabel><sobjectType>Thing__c</sobjectType>
    <template><name>flexipage:recordHomeTemplateDesktop</name></template><type>RecordPage</type>
</FlexiPage>`,
        [APP]: `${XML}<CustomApplication ${NS}>
    ${app || '<actionOverrides><actionName>View</actionName><content>Thing_Record</content><formFactor>Large</formFactor><skipRecordTypeSelect>false</skipRecordTypeSelect><type>Flexipage</type><pageOrSobjectType>Thing__c</pageOrSobjectType></actionOverrides>'}
    <formFactors>Large</formFactors><label>Widgets</label><navType>Standard</navType><uiType>Lightning</uiType>
</CustomApplication>`,
        [ENGINEER]: `${XML}<PermissionSet ${NS}>
    <applicationVisibilities><application>Widgets</application><visible>true</visible></applicationVisibilities>
    <label>Engineer</label>
    <objectPermissions><object>Thing__c</object><allowCreate>false</allowCreate><allowRead>true</allowRead>
    <allowEdit>false</allowEdit><allowDelete>false</allowDelete><viewAllRecords>true</viewAllRecords><modifyAllRecords>false</modifyAllRecords></objectPermissions>
    <fieldPermissions><field>Thing__c.Note__c</field><editable>false</editable><readable>true</readable></fieldPermissions>
</PermissionSet>`
    };
}

test('a record page with its component, fields, app and the engineer’s grants passes every check', () => {
    for (const [name, check] of Object.entries(checks.CHECKS)) {
        assert.deepEqual(problemsOf(check, recordPageFiles()), [], name);
    }
});

test('catches a component on a Lightning page that is missing, not targeted to it, or given what it does not declare', () => {
    const pageProblems = (options) => problemsOf(checks.checkLightningPages, recordPageFiles(options));
    assert.deepEqual(pageProblems({ widgetTargets: '' }), [
        `${PAGE}: widget is placed on a RecordPage, but its .js-meta.xml does not expose it to lightning__RecordPage`
    ]);
    assert.deepEqual(pageProblems({ page: { widget: { name: 'widgit' } } }), [
        `${PAGE}: widgit is placed, but the project has no component widgit`
    ]);
    assert.deepEqual(pageProblems({ objects: 'Case' }), [
        `${PAGE}: widget is placed on a Thing__c page, but its lightning__RecordPage targetConfig allows only Case`
    ]);
    assert.deepEqual(pageProblems({ page: { widget: { properties: { recordId: '{!recordId}', mode: 'B' } } } }), [
        `${PAGE}: widget sets recordId, which a record page sets itself`,
        `${PAGE}: widget sets mode, which its lightning__RecordPage targetConfig does not declare`
    ]);
    assert.deepEqual(pageProblems({ page: { highlights: 'force:highlightPanel' } }), [
        `${PAGE}: force:highlightPanel is not a standard component of a RecordPage (lightningPageChecks.mjs STANDARD_COMPONENTS)`
    ]);
});

test('catches a field, region or facet the record page does not have', () => {
    const pageProblems = (page) => problemsOf(checks.checkLightningPages, recordPageFiles({ page }));
    assert.deepEqual(pageProblems({ columnField: 'Nte__c' }), [
        `${PAGE}: places the field Thing__c.Nte__c, which does not exist`
    ]);
    assert.deepEqual(pageProblems({ header: 'top' }), [
        `${PAGE}: region top is not one of flexipage:recordHomeTemplateDesktop's (header, main, sidebar)`
    ]);
    assert.deepEqual(pageProblems({ sectionLabel: '{!$Label.c.Widget_Titel}' }), [
        `${PAGE}: flexipage:fieldSection flexipage_fieldSection shows the label c.Widget_Titel, which is not in CustomLabels`
    ]);
    assert.deepEqual(pageProblems({ columns: 'Facet-Colums' }), [
        `${PAGE}: flexipage:fieldSection flexipage_fieldSection shows the facet Facet-Colums, which the page does not have`,
        `${PAGE}: the facet Facet-Columns is placed in no component`
    ]);
});

test('catches an app that opens records on a page it lacks, of another object, for a form factor it lacks or by profile; and a record page no app opens', () => {
    const override = (changes) =>
        `<actionOverrides><actionName>View</actionName><content>${changes.content ?? 'Thing_Record'}</content><formFactor>${changes.formFactor ?? 'Large'}</formFactor><skipRecordTypeSelect>false</skipRecordTypeSelect><type>Flexipage</type><pageOrSobjectType>${changes.object ?? 'Thing__c'}</pageOrSobjectType></actionOverrides>`;
    const appProblems = (app) => problemsOf(checks.checkAppPageAssignments, recordPageFiles({ app }));
    assert.deepEqual(appProblems(override({ content: 'Thing_Recrd' })), [
        `${APP}: opens Thing__c on Thing_Recrd, a Lightning page the project does not have`,
        `${PAGE}: no app opens records on this record page (an app's actionOverrides)`
    ]);
    assert.deepEqual(appProblems(override({ object: 'Part__c' })), [
        `${APP}: opens Part__c on Thing_Record, which is a record page of Thing__c, not of Part__c`
    ]);
    assert.deepEqual(appProblems(override({ formFactor: 'Small' })), [
        `${APP}: opens Thing__c on Thing_Record for the form factor Small, which the app does not have (Large)`
    ]);
    assert.deepEqual(
        appProblems(
            `${override({})}<profileActionOverrides><actionName>View</actionName><content>Thing_Record</content><formFactor>Large</formFactor><pageOrSobjectType>Thing__c</pageOrSobjectType><type>Flexipage</type><profile>Admin</profile></profileActionOverrides>`
        ),
        [
            `${APP}: assigns Lightning pages by profile (profileActionOverrides), which a package does not carry; assign the app default (actionOverrides)`
        ]
    );
    assert.deepEqual(appProblems('<description>No overrides.</description>'), [
        `${PAGE}: no app opens records on this record page (an app's actionOverrides)`
    ]);
});

test('catches a field the record page shows, or its component reads, that the engineer may not read', () => {
    const files = recordPageFiles();
    const unreadable = {
        [ENGINEER]: files[ENGINEER].replace('<readable>true</readable>', '<readable>false</readable>')
    };
    assert.deepEqual(problemsOf(checks.checkPageAccess, { ...files, ...unreadable }), [
        `${PAGE}: shows Thing__c.Note__c, but Support_Engineer does not grant reading it`
    ]);
    // The widget runs on the page too, so the engineer's set must cover what it reads.
    assert.deepEqual(problemsOf(checks.checkPermissionCoverage, { ...files, ...unreadable }), [
        `${ENGINEER}: ${SOURCE} uses Thing__c.Note__c, but the permission set does not grant it`
    ]);
    const noObject = {
        [ENGINEER]: files[ENGINEER].replace('<allowRead>true</allowRead>', '<allowRead>false</allowRead>')
    };
    assert.deepEqual(problemsOf(checks.checkPageAccess, { ...files, ...noObject }), [
        `${PAGE}: shows Thing__c records, but Support_Engineer does not grant reading them`
    ]);
});

test('catches a component that creates records its users may not create, or writes fields they may not edit', () => {
    const creating = replaceIn(
        SOURCE,
        'export default class Widget',
        "import { createRecord } from 'lightning/uiRecordApi';\nimport THING from '@salesforce/schema/Thing__c';\nexport const save = (note: string) => createRecord({ apiName: THING.objectApiName, fields: { [NOTE_FIELD.fieldApiName]: note } });\nexport default class Widget"
    );
    const grants = (create, editable) =>
        FIXTURE_PERMSET.replace(
            '<object>Thing__c</object><allowCreate>false</allowCreate>',
            `<object>Thing__c</object><allowCreate>${create}</allowCreate>`
        ).replace('<editable>false</editable>', `<editable>${editable}</editable>`);
    assert.deepEqual(problemsOf(checks.checkComponentWrites, { ...creating, [PERMSET]: grants(true, true) }), []);
    assert.deepEqual(problemsOf(checks.checkComponentWrites, { ...creating, [PERMSET]: grants(false, true) }), [
        `${PERMSET}: ${SOURCE} creates Thing__c records, but Support_Portal_Customer does not grant creating them`
    ]);
    assert.deepEqual(problemsOf(checks.checkComponentWrites, { ...creating, [PERMSET]: grants(true, false) }), [
        `${PERMSET}: ${SOURCE} writes Thing__c.Note__c, but Support_Portal_Customer does not make it editable`
    ]);
});

test('a language the portal offers must be on in Knowledge and in every demo article', () => {
    const LANGUAGES = 'force-app/main/default/lwc/supportLanguages/supportLanguages.ts';
    const offered = {
        [LANGUAGES]: "export const SUPPORT_LANGUAGES = [{ code: 'en_US' }, { code: 'de' }];\n",
        'force-app/main/default/translations/de.translation-meta.xml': `${XML}<Translations ${NS}></Translations>`
    };
    const knowledge = (languages) =>
        JSON.stringify({
            settings: {
                knowledgeSettings: { languages: { language: languages.map((name) => ({ name, active: true })) } }
            }
        });
    const articles = (...versions) =>
        JSON.stringify([{ urlName: 'heartbeat', ...Object.fromEntries(versions.map((v) => [v, { title: 'T' }])) }]);
    const problems = problemsOf(checks.checkSupportLanguages, {
        ...offered,
        'config/project-scratch-def.json': knowledge(['en_US']),
        'data/knowledge-articles.json': articles('en')
    });
    assert.ok(
        problems.includes("config/project-scratch-def.json: Knowledge's active languages are en_US, not en_US, de"),
        problems.join('\n')
    );
    assert.ok(problems.includes('data/knowledge-articles.json: the article heartbeat has no de version'));
    // Control: German on in Knowledge and in the article.
    const agreed = problemsOf(checks.checkSupportLanguages, {
        ...offered,
        'config/project-scratch-def.json': knowledge(['en_US', 'de']),
        'data/knowledge-articles.json': articles('en', 'de')
    });
    assert.ok(!agreed.some((p) => /Knowledge's active languages|knowledge-articles/.test(p)), agreed.join('\n'));
});
