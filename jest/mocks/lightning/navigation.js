// lightning/navigation for jest: records Navigate and GenerateUrl calls (the
// sfdx-lwc-jest stub does not) and makes readable site URLs.
import { createTestWireAdapter } from '@salesforce/wire-service-jest-util';

export const CurrentPageReference = createTestWireAdapter(jest.fn());

/** Every Navigate call: (pageReference, replace). */
export const navigate = jest.fn();
/** Every GenerateUrl call: (pageReference). */
export const generateUrl = jest.fn();

/** As in an org, page state keys carry a namespace prefix (LWC Developer Guide, Add Query Parameters). */
function checkState(pageReference) {
    const unprefixed = Object.keys(pageReference.state || {}).filter((key) => !/^[A-Za-z]\w*__\w+$/.test(key));
    if (unprefixed.length) {
        throw new Error(`Page state keys need a namespace prefix (c__): ${unprefixed.join(', ')}`);
    }
}

export function urlFor(pageReference) {
    checkState(pageReference);
    const { recordId, name } = pageReference.attributes || {};
    return recordId ? `/s/detail/${recordId}` : `/s/${name || pageReference.type}`;
}

const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');

export const NavigationMixin = (Base) =>
    class extends Base {
        [Navigate](pageReference, replace) {
            checkState(pageReference);
            navigate(pageReference, replace);
        }

        [GenerateUrl](pageReference) {
            generateUrl(pageReference);
            return Promise.resolve(urlFor(pageReference));
        }
    };
NavigationMixin.Navigate = Navigate;
NavigationMixin.GenerateUrl = GenerateUrl;
