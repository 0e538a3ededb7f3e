import type { StarterRepo, StarterSection } from '../../core/check.js';

/** `launchgate init`: with a start (or dev) script, the gate starts the app itself and measures it locally. */
export function starter(repo: StarterRepo): StarterSection {
  const start = repo.scripts.start ? 'npm start' : repo.scripts.dev ? 'npm run dev' : undefined;
  const routes = 'routes:\n  - name: home\n    path: /\n';
  if (!start) return { values: { 'base-url': 'https://staging.example.com', routes }, needsUserValues: true };
  return {
    values: {
      'base-url': 'http://127.0.0.1:3000',
      routes,
      'start-command': start,
      'ready-url': 'http://127.0.0.1:3000/',
    },
    // The port is a guess: the user confirms it.
    needsUserValues: true,
    found: [`package.json script '${start}' (suggested to start the app for the latency gate)`],
  };
}
