import { defineConfig } from '@playwright/test';
import curated from './playwright.config';

// The whole base (dist/, every document): what holds at its size, read from a sample of the
// pages of each template, and the link check of every built page. The detailed suite
// (tests/e2e) runs on the curated documents' build (npm run build:curated).
export default defineConfig({
  ...curated,
  testDir: 'tests',
  testMatch: ['e2e-base/**/*.spec.ts', 'e2e/site-links.spec.ts'],
});
