import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import App from 'preview/app';
import { createRecord, updateRecord, deleteRecord } from '../platform/uiRecordApi';
import { executeQuery, graphql } from '../platform/graphql';
import { uploadFileAs } from '../platform/server';
import { clearServerCalls, currentLanguage, serverCalls } from '../platform/demoOrg';

// The page's language, as the site sets it for the signed-in customer's language.
document.documentElement.lang = currentLanguage().replace('_', '-');

// The demo org's UI API as the signed-in customer has it, for anyone with the browser's devtools:
// what a hostile customer could send past the components. The org's rules must hold against it
// (e2e/hostileClient.spec.ts), as they must in an org against calls to the UI API.
window.demoOrg = {
    // Every server round trip of the page (npm run bench, the budget's browser test).
    calls: serverCalls,
    clearCalls: clearServerCalls,
    // A component's graphql wire, as LDS runs it in the browser: its first answer (e2e/graphqlVariables.spec.ts).
    graphqlWire: (query, variables) => new Promise((resolve) => new graphql(resolve).update({ query, variables })),
    uiApi: {
        createRecord,
        updateRecord,
        deleteRecord,
        // Not UI API: the upload lightning-file-upload posts (a ContentVersion published to a record),
        // which a customer can send without the uploader and its accept filter.
        uploadFile: ({ recordId, name, size }) => uploadFileAs(recordId, { name, size }),
        graphql: (query, variables) => {
            const { data, errors } = executeQuery(query, variables);
            return { data, errors };
        }
    }
};

document.querySelector('#main').appendChild(createElement('preview-app', { is: App }));
