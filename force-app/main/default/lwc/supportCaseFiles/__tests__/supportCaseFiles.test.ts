import { createElement } from 'lwc';
import { clickTryAgain, deepText, flushPromises, shadow } from 'test-helpers';
import SupportCaseFiles from 'c/supportCaseFiles';
import { fileSize } from '../filesQuery';
import { graphql } from 'lightning/graphql';
import { generateUrl } from 'lightning/fileDownload';
import files from './data/files.json';

// gql answers the query's text, so a test can read what the wire asks.
jest.mock('lightning/graphql', () => jest.requireActual('test-helpers').graphqlWithQueryText());

const graphqlAdapter = graphql as unknown as {
    emit(data: unknown, filter?: unknown, refresh?: () => Promise<void>): void;
    emitErrors(errors: unknown[], filter?: unknown, refresh?: () => Promise<void>): void;
    getLastConfig(): { query: string; variables: Record<string, unknown> };
};
const mockGenerateUrl = generateUrl as unknown as jest.Mock;

const CASE_ID = '500DEMO0000000001AAA';

function render(): HTMLElement {
    const element = createElement('c-support-case-files', { is: SupportCaseFiles });
    Object.assign(element, { recordId: CASE_ID });
    document.body.appendChild(element);
    return element;
}

async function renderWith(data: unknown, refresh = jest.fn().mockResolvedValue(undefined)) {
    const element = render();
    graphqlAdapter.emit(data, undefined, refresh);
    await flushPromises();
    return { element, refresh };
}

const $ = (element: HTMLElement, selector: string) => shadow(element).querySelector(selector) as HTMLElement;

describe('c-support-case-files', () => {
    beforeEach(() => {
        // As lightning/fileDownload answers in a site for a file (ContentDocument, 069): its download address.
        mockGenerateUrl.mockImplementation(
            (id: string) => `/sfc/servlet.shepherd/document/download/${id}?operationContext=S1`
        );
    });

    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('says which files and what size it takes before any upload, and uploads to the case', async () => {
        const { element } = await renderWith(files);
        expect($(element, '.limits').textContent).toBe(
            'Accepted: .log, .txt, .zip, .7z, .gz, .json, .xml, .png, .jpg, .jpeg, .pdf; up to 2 GB each. Remove passwords and secrets from logs before you attach them.'
        );
        const upload = $(element, 'lightning-file-upload') as HTMLElement & {
            recordId: string;
            accept: string[];
            multiple: boolean;
            label: string;
        };
        expect(upload.recordId).toBe(CASE_ID);
        expect(upload.accept).toContain('.log');
        expect(upload.multiple).toBe(true);
        expect(upload.label).toBe('Attach log files or screenshots');
        expect(graphqlAdapter.getLastConfig().variables).toEqual({ caseId: CASE_ID, first: 50 });
    });

    it('asks for every file shared with the case, not only those first uploaded to it', async () => {
        await renderWith(files);
        const { query } = graphqlAdapter.getLastConfig();
        // The platform shows a customer the links it lets them see: their uploads and what Thycotic shares.
        expect(query).toMatch(/ContentDocumentLink\(\s*where: \{ LinkedEntityId: \{ eq: \$caseId \} \}/);
        expect(query).toContain('orderBy: { ContentDocument: { CreatedDate: { order: DESC } }, Id: { order: DESC } }');
        expect(query).not.toContain('FirstPublishLocationId');
    });

    it('lists the files newest first, each a download link with its size and time', async () => {
        const { element } = await renderWith(files);
        const rows = Array.from(shadow(element).querySelectorAll('li.file'));
        expect(rows.map((row) => row.querySelector('.name')?.textContent)).toEqual([
            'discovery-debug-settings.txt',
            'discovery-2026-11-21.log',
            'scan stopped.png'
        ]);
        const link = rows[1].querySelector('a') as HTMLAnchorElement;
        expect(mockGenerateUrl).toHaveBeenCalledWith('069DEMO0000000002AAA');
        expect(link.getAttribute('href')).toBe(
            '/sfc/servlet.shepherd/document/download/069DEMO0000000002AAA?operationContext=S1'
        );
        expect(link.getAttribute('download')).toBe('discovery-2026-11-21.log');
        expect(rows[1].querySelector('.size')?.textContent).toBe('3.2 MB');
        expect(rows[2].querySelector('.size')?.textContent).toBe('14 kB');
        expect(rows[2].querySelector('.when')?.textContent).toBe('Nov 13, 2026, 7:02 AM');
        await expect(element).toBeAccessible();
    });

    it('lists a file shared with the case twice once, and skips a link whose file it cannot read', async () => {
        const [first, second] = files.uiapi.query.ContentDocumentLink.edges;
        const twice = {
            uiapi: {
                query: {
                    Case: files.uiapi.query.Case,
                    ContentDocumentLink: {
                        edges: [
                            first,
                            { node: { ...first.node, Id: '06ADEMO0000000009AAA' } },
                            { node: { Id: '06ADEMO0000000008AAA', ContentDocument: null } },
                            second
                        ]
                    }
                }
            }
        };
        const { element } = await renderWith(twice);
        expect(Array.from(shadow(element).querySelectorAll('li.file .name')).map((name) => name.textContent)).toEqual([
            'discovery-debug-settings.txt',
            'discovery-2026-11-21.log'
        ]);
    });

    it('without a case, asks for no case’s files: null, never an undefined variable', async () => {
        const element = createElement('c-support-case-files', { is: SupportCaseFiles });
        document.body.appendChild(element);
        await flushPromises();
        expect(graphqlAdapter.getLastConfig().variables).toEqual({ caseId: null, first: 50 });
    });

    it('says when no file is attached yet', async () => {
        const { element } = await renderWith({
            uiapi: { query: { Case: files.uiapi.query.Case, ContentDocumentLink: { edges: [] } } }
        });
        expect($(element, '.empty').textContent).toBe('No files attached yet.');
        await expect(element).toBeAccessible();
    });

    it('offers no uploader, and shows nothing, for a case that is not there or not the reader’s', async () => {
        const element = render();
        await flushPromises();
        // Until the query answers, nothing to upload to.
        expect($(element, 'lightning-file-upload')).toBeNull();
        graphqlAdapter.emit({ uiapi: { query: { Case: { edges: [] }, ContentDocumentLink: { edges: [] } } } });
        await flushPromises();
        expect($(element, '.case-files')).toBeNull();
        expect($(element, 'lightning-file-upload')).toBeNull();
    });

    it('asks nothing for a case number: the case page finds the case first', async () => {
        const element = createElement('c-support-case-files', { is: SupportCaseFiles });
        Object.assign(element, { recordId: '00001026' });
        document.body.appendChild(element);
        await flushPromises();
        expect(graphqlAdapter.getLastConfig().query).toBeUndefined();
        expect($(element, '.case-files')).toBeNull();
    });

    it('announces the files uploaded and asks again for the list', async () => {
        const { element, refresh } = await renderWith(files);
        $(element, 'lightning-file-upload').dispatchEvent(
            new CustomEvent('uploadfinished', {
                detail: {
                    files: [
                        { name: 'engine.log', documentId: '069x' },
                        { name: 'a.png', documentId: '069y' }
                    ]
                }
            })
        );
        await flushPromises();
        expect($(element, '.announcement').textContent).toBe('Attached: engine.log, a.png.');
        expect($(element, '.upload-error')).toBeNull();
        expect(refresh).toHaveBeenCalled();
    });

    it('says in words when an upload left no file', async () => {
        const { element } = await renderWith(files);
        $(element, 'lightning-file-upload').dispatchEvent(new CustomEvent('uploadfinished', { detail: { files: [] } }));
        await flushPromises();
        expect($(element, '.upload-error').textContent).toBe(
            'The upload did not finish, and no file was attached. Check the file type and size, then try again.'
        );
        await expect(element).toBeAccessible();
    });

    it('shows a load error in words and asks again on Try again', async () => {
        const element = render();
        const refresh = jest.fn().mockResolvedValue(undefined);
        graphqlAdapter.emitErrors([{ message: 'Request timed out' }], undefined, refresh);
        await flushPromises();
        const panel = $(element, 'c-support-error-panel.load-error');
        expect(deepText(panel)).toContain('The files could not be loaded');
        expect(deepText(panel)).toContain('Something went wrong on our side.');
        expect($(element, '.empty')).toBeNull();
        await expect(element).toBeAccessible();
        clickTryAgain(panel);
        expect(refresh).toHaveBeenCalled();
    });

    it.each([
        [0, '0 bytes'],
        [512, '512 bytes'],
        [2048, '2 kB'],
        [1536, '1.5 kB'],
        [5 * 1024 * 1024 * 1024, '5 GB']
    ])('writes %i bytes as %s', (bytes, text) => {
        expect(fileSize(bytes, 'en-US')).toBe(text);
    });
});
