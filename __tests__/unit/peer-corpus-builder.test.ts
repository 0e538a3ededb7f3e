import { describe, expect, test } from '@jest/globals';
import { RE2JS } from 're2js';
import { FunctionBody, functionsOf, globalsOf } from '../../scripts/peer-corpus/go-eval.js';
import { newSecret, rng } from '../../scripts/peer-corpus/reggen.js';

// The peer corpus is only as right as the tools that read the peers' tests: these pin what they must do.
describe('reggen: strings drawn from a regex (secrets.NewSecret)', () => {
  const patterns = [
    '[a-z0-9]{32}',
    '[A-Z2-7]{16}',
    String.raw`sq0csp-[0-9A-Za-z\\\-_]{43}`,
    String.raw`ops_eyJ[a-zA-Z0-9+/]{250,}={0,3}`,
    String.raw`\b(HRKU-AA[0-9a-zA-Z_-]{58})\b`,
    String.raw`(?:EAAA|sq0atp-)[\w-]{22,60}`,
    String.raw`[a-z0-9]{8}-([a-z0-9]{4}-){3}[a-z0-9]{12}\/IncomingWebhook\/[a-z0-9]{32}`,
    String.raw`(?i)[a-f0-9]{8}:[a-f0-9]{8}`,
  ];
  test.each(patterns)('every string drawn from %s matches it whole (RE2)', (pattern) => {
    const next = rng(7);
    const whole = RE2JS.compile(`^(?:${pattern})$`);
    for (let i = 0; i < 20; i++) expect(whole.matcher(newSecret(pattern, next)).find()).toBe(true);
  });
  test('the same seed draws the same strings', () => {
    expect(newSecret('[a-z0-9]{32}', rng(1))).toBe(newSecret('[a-z0-9]{32}', rng(1)));
    expect(newSecret('[a-z0-9]{32}', rng(1))).not.toBe(newSecret('[a-z0-9]{32}', rng(2)));
  });
  test('syntax it does not know is refused, not guessed', () => {
    expect(() => newSecret(String.raw`\p{L}+`, rng(1))).toThrow();
    expect(() => newSecret('(?P<x>a)', rng(1))).toThrow();
  });
});

describe("go-eval: gitleaks' rule tests read without Go", () => {
  const src = `package rules

var shared = []string{"from-a-package-var"}

func Example() *config.Rule {
	r := config.Rule{
		RuleID: "example-rule",
		Keywords: []string{"ex"},
	}
	var (
		token = "tok_" + helper("x")
	)
	tps := utils.GenerateSampleSecrets("ex", token)
	tps = append(tps, shared...)
	tps = append(tps,
		\`raw \\n stays\`, // a comment
		"escaped\\tTab",
	)
	fps := []string{
		fmt.Sprintf("%s-%s", "a", "b"),
	}
	for _, x := range tps {
		ignored(x)
	}
	return utils.Validate(r, tps, fps)
}
`;
  const builtins = {
    helper: ([s]: unknown[]) => `<${String(s)}>`,
    'utils.GenerateSampleSecrets': ([i, s]: unknown[]) => [`${String(i)}_token: ${String(s)}`],
    'fmt.Sprintf': ([f, ...a]: unknown[]) => {
      let k = 0;
      return String(f).replace(/%s/g, () => String(a[k++]));
    },
  } as never;
  test('literals, concatenation, var groups, package vars, append with ..., calls; the Validate arguments', () => {
    const [fn] = functionsOf(src);
    const body = new FunctionBody(fn.body, builtins, globalsOf(src, builtins));
    body.run();
    expect(body.returned?.callee).toBe('utils.Validate');
    expect(body.returned?.args.slice(1)).toEqual([
      ['ex_token: tok_<x>', 'from-a-package-var', 'raw \\n stays', 'escaped\tTab'],
      ['a-b'],
    ]);
    // The loop is skipped and said so; nothing else is.
    expect(body.skipped).toHaveLength(1);
    expect(body.skipped[0]).toMatch(/^for /);
  });
  test('an unknown helper is reported, not evaluated to something', () => {
    const [fn] = functionsOf('package x\nfunc F() { tps := mystery("a")\nreturn utils.Validate(r, tps, nil) }\n');
    const body = new FunctionBody(fn.body, {});
    body.run();
    expect(body.skipped.join()).toMatch(/unknown function mystery/);
    expect(body.returned?.args[1]).toBeNull();
  });
});
