import { defineCheck } from '../../core/check.js';
import { NotImplementedError } from '../../core/errors.js';
import { bool, decimal, integer, percent, text } from '../../core/inputs.js';

export const latencyBudget = defineCheck({
  name: 'latency-budget',
  section: 'latency',
  title: 'launchgate latency budget',
  description: 'Loads core routes with autocannon and fails when a route\'s p95 is over budget, errors too often, or regressed.',
  branding: { icon: 'clock', color: 'orange' },
  inputs: {
    'base-url': text('Base URL of the app under load (a staging URL, or a server the job started).'),
    routes: text('Routes to load: a YAML file path, or inline YAML.', '.github/latency.yml'),
    'budget-p95-ms': integer('Default p95 budget per route in milliseconds.', '500', 1, 600000),
    'duration-s': decimal('Measured seconds per route (split over the rounds).', '10', 0.1, 3600),
    'warmup-s': decimal('Unmeasured warm-up seconds per route.', '2', 0, 600),
    connections: integer('Concurrent connections.', '10', 1, 1000),
    rate: decimal('Fixed request rate per second; latency is then measured from the intended send time.', '', 0.1, 100000),
    'max-error-rate': percent('Highest share of non-2xx/3xx answers and socket errors.', '1%'),
    baseline: text('An earlier JSON report of this action to compare p95 against.'),
    'max-regression': percent('p95 growth over the baseline that counts as a regression.', '20%'),
    'regression-fails': bool('Make a regression an error instead of a warning.', 'false'),
    rounds: integer('Rounds per route; their spread is the noise a regression must exceed.', '3', 1, 20),
    'max-requests': integer('Hard cap on requests per route.', '100000', 1, 10000000),
    'start-command': text('Command that starts the app in the background; it is stopped at the end.'),
    'ready-url': text('URL polled until it answers before load starts (with start-command).'),
  },
  outputs: {
    p95: { description: 'JSON object: route name → p95 in ms.' },
  },
  async run() {
    throw new NotImplementedError('latency-budget');
  },
});
