/* global beforeEach, jest */
// ldsUtils.reduceErrors logs each failed request's detail for support (console.error). Tests
// fail requests on purpose: those lines are kept off the output; every other console.error shows.
// A test that checks the log spies on console.error itself.
const SUPPORT_LOG = '[Support Portal] request failed';

beforeEach(() => {
    const original = console.error;
    jest.spyOn(console, 'error').mockImplementation((first, ...rest) => {
        if (first !== SUPPORT_LOG) {
            original(first, ...rest);
        }
    });
});
