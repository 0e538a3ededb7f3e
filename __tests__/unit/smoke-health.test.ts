import { describe, expect, test } from '@jest/globals';
import { parseHealth } from '../../src/checks/smoke-test/health.js';

describe('health answers', () => {
  test('the IETF health-check draft: each check entry is a dependency', () => {
    // The example of draft-inadarei-api-health-check-06, section 3, shortened.
    const report = parseHealth({
      status: 'pass',
      version: '1',
      checks: {
        'cassandra:responseTime': [
          { componentId: 'dfd6cf2b-1b6e', componentType: 'datastore', observedValue: 250, status: 'pass' },
          {
            componentId: '6fd416e0-8920',
            componentType: 'datastore',
            observedValue: 250,
            status: 'warn',
            output: 'slow',
          },
        ],
        uptime: [{ componentType: 'system', observedValue: 1209600.245, status: 'pass' }],
        'queue:connections': [{ status: 'fail', output: 'connection refused' }],
      },
    });
    expect(report).toEqual({
      shape: 'ietf',
      status: 'pass',
      dependencies: [
        { name: 'cassandra:responseTime (dfd6cf2b-1b6e)', status: 'pass', detail: 'pass' },
        { name: 'cassandra:responseTime (6fd416e0-8920)', status: 'warn', detail: 'warn: slow' },
        { name: 'uptime', status: 'pass', detail: 'pass' },
        { name: 'queue:connections', status: 'fail', detail: 'fail: connection refused' },
      ],
    });
  });

  test('Spring Boot Actuator: components, nested composites, DOWN and OUT_OF_SERVICE fail, UNKNOWN warns', () => {
    const report = parseHealth({
      status: 'DOWN',
      components: {
        db: { status: 'UP', details: { database: 'PostgreSQL', validationQuery: 'isValid()' } },
        diskSpace: { status: 'UP', details: { total: 1, free: 1, threshold: 1 } },
        brokers: {
          status: 'DOWN',
          components: { rabbit: { status: 'DOWN', details: { error: 'timeout' } }, kafka: { status: 'UP' } },
        },
        mail: { status: 'OUT_OF_SERVICE' },
        custom: { status: 'UNKNOWN' },
      },
    });
    expect(report?.shape).toBe('spring');
    expect(report?.status).toBe('fail');
    expect(report?.dependencies.map((d) => `${d.name}=${d.status}`)).toEqual([
      'db=pass',
      'diskSpace=pass',
      'brokers.rabbit=fail',
      'brokers.kafka=pass',
      'mail=fail',
      'custom=warn',
    ]);
    expect(report?.dependencies[2].detail).toBe('DOWN: timeout');
  });

  test('anything else is not a health answer', () => {
    expect(parseHealth({ ok: true })).toBeUndefined();
    expect(parseHealth({ status: 'great' })).toBeUndefined();
    expect(parseHealth([{ status: 'pass' }])).toBeUndefined();
    expect(parseHealth('UP')).toBeUndefined();
  });
});
