/* global beforeEach, jest */
// ldsUtils.reduceErrors logs each failed request's detail for support (console.error). Tests
// fail requests on purpose: those lines are kept off the output; every other console.error shows.
// A test that checks the log spies on console.error itself.
const SUPPORT_LOG = '[Support Portal] request failed';
// jsdom's CSS parser does not know container queries (@container, used for phone width): it
// reports the stylesheet it could not parse; browsers and the browser tests apply it.
const isJsdomCssParseError = (first) => first?.message === 'Could not parse CSS stylesheet';

// The real console.error, taken once: a spy left from an earlier test must not call itself.
const original = console.error;

beforeEach(() => {
    jest.spyOn(console, 'error').mockImplementation((first, ...rest) => {
        if (first !== SUPPORT_LOG && !isJsdomCssParseError(first)) {
            original(first, ...rest);
        }
    });
});
