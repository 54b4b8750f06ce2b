// Imported first by a test file, makes every label that file's components import German, as for
// a customer whose language is German. Each test file has its own globals, so nothing leaks.
(globalThis as { __supportLanguage?: string }).__supportLanguage = 'de';

export {};
