/** Setup for the `dom` Vitest project: jest-dom matchers (toBeInTheDocument, …). */
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/svelte';

// Views load lazily and the first load compiles them: on a busy 2-core CI
// machine that has taken over a second, the default wait of findBy/waitFor.
configure({ asyncUtilTimeout: 5000 });
