// Brings @sa11y/jest's `expect(...).toBeAccessible()` into the type of `expect`.
import type {} from '@sa11y/jest';
