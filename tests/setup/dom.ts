/** Setup for the `dom` Vitest project: jest-dom matchers (toBeInTheDocument, …). */
import '@testing-library/jest-dom/vitest';
