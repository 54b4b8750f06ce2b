// lightning/navigation for jest: records Navigate and GenerateUrl calls (the
// sfdx-lwc-jest stub does not) and makes readable site URLs.
import { createTestWireAdapter } from '@salesforce/wire-service-jest-util';

export const CurrentPageReference = createTestWireAdapter(jest.fn());

/** Every Navigate call: (pageReference, replace). */
export const navigate = jest.fn();
/** Every GenerateUrl call: (pageReference). */
export const generateUrl = jest.fn();

export function urlFor(pageReference) {
    const { recordId, name } = pageReference.attributes || {};
    return recordId ? `/s/detail/${recordId}` : `/s/${name || pageReference.type}`;
}

const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');

export const NavigationMixin = (Base) =>
    class extends Base {
        [Navigate](pageReference, replace) {
            navigate(pageReference, replace);
        }

        [GenerateUrl](pageReference) {
            generateUrl(pageReference);
            return Promise.resolve(urlFor(pageReference));
        }
    };
NavigationMixin.Navigate = Navigate;
NavigationMixin.GenerateUrl = GenerateUrl;
