// sfdx-lwc-jest has no stub for lightning/modal. This one lets a test render a
// modal component directly and hear its close() as a `close` event; a test of
// the component that opens the modal mocks the subclass's static open().
import { LightningElement, api } from 'lwc';

export default class LightningModal extends LightningElement {
    static open() {
        return Promise.reject(new Error('Mock open() in the test: jest.spyOn(MyModal, "open")'));
    }

    @api label;
    @api size;
    @api description;
    @api disableClose;

    @api
    close(result) {
        this.dispatchEvent(new CustomEvent('close', { detail: result }));
    }
}
