import type { StarterSection } from '../../core/check.js';

/** `launchgate init`: the home page of a staging URL the user replaces. */
export function starter(): StarterSection {
  return { values: { 'base-url': 'https://staging.example.com', urls: ['/'] }, needsUserValues: true };
}
