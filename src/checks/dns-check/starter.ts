import type { StarterSection } from '../../core/check.js';

/** `launchgate init`: an example domain the user replaces. */
export function starter(): StarterSection {
  return {
    values: { domain: 'example.com', https: ['example.com', 'www.example.com'], 'canonical-host': 'www.example.com' },
    needsUserValues: true,
  };
}
