import { describe, expect, test } from '@jest/globals';
import {
  amzDate,
  authorization,
  canonicalRequest,
  signingKey,
  stringToSign,
  type SigV4Request,
} from '../../src/checks/secret-scan/verify/sigv4.js';

// Vectors of the AWS Signature Version 4 test suite, published by Amazon in the AWS General Reference
// ("Signature Version 4 test suite", aws-sig-v4-test-suite.zip) and shipped under Apache-2.0 in the AWS SDKs'
// test fixtures. Each case: the request (headers in wire order, duplicates kept), the canonical request (.creq),
// the last line of the string to sign (.sts) and the signature of the Authorization header (.authz).
const SCOPE = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
  region: 'us-east-1',
  service: 'service',
  amzDate: '20150830T123600Z',
};
const HOST: [string, string] = ['Host', 'example.amazonaws.com'];
const DATE: [string, string] = ['X-Amz-Date', '20150830T123600Z'];
const EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const UNRESERVED = '-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

interface Vector {
  name: string;
  req: SigV4Request;
  creq: string;
  stsHash: string;
  signature: string;
}

const get = (path: string, headers: [string, string][] = [HOST, DATE]): SigV4Request => ({
  method: 'GET',
  path,
  headers,
  body: '',
});

const VECTORS: Vector[] = [
  {
    name: 'get-vanilla',
    req: get('/'),
    creq: `GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n${EMPTY}`,
    stsHash: 'bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63',
    signature: '5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31',
  },
  {
    name: 'get-vanilla-empty-query-key',
    req: get('/?Param1=value1'),
    creq: `GET\n/\nParam1=value1\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n${EMPTY}`,
    stsHash: '1e24db194ed7d0eec2de28d7369675a243488e08526e8c1c73571282f7c517ab',
    signature: 'a67d582fa61cc504c4bae71f336f98b97f1ea3c7a6bfe1b6e45aec72011b9aeb',
  },
  {
    name: 'get-vanilla-query-order-key',
    req: get('/?Param1=value2&Param1=Value1'),
    creq: `GET\n/\nParam1=Value1&Param1=value2\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n${EMPTY}`,
    stsHash: '704b4cef673542d84cdff252633f065e8daeba5f168b77116f8b1bcaf3d38f89',
    signature: 'eedbc4e291e521cf13422ffca22be7d2eb8146eecf653089df300a15b2382bd1',
  },
  {
    name: 'get-vanilla-query-order-key-case',
    req: get('/?Param2=value2&Param1=value1'),
    creq: `GET\n/\nParam1=value1&Param2=value2\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n${EMPTY}`,
    stsHash: '816cd5b414d056048ba4f7c5386d6e0533120fb1fcfa93762cf0fc39e2cf19e0',
    signature: 'b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500',
  },
  {
    name: 'get-vanilla-query-order-value',
    req: get('/?Param1=value2&Param1=value1'),
    creq: `GET\n/\nParam1=value1&Param1=value2\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n${EMPTY}`,
    stsHash: 'c968629d70850097a2d8781c9bf7edcb988b04cac14cca9be4acc3595f884606',
    signature: '5772eed61e12b33fae39ee5e7012498b51d56abc0abb7c60486157bd471c4694',
  },
  {
    name: 'get-vanilla-query-unreserved',
    req: get(`/?${UNRESERVED}=${UNRESERVED}`),
    creq: `GET\n/\n${UNRESERVED}=${UNRESERVED}\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n${EMPTY}`,
    stsHash: 'c30d4703d9f799439be92736156d47ccfb2d879ddf56f5befa6d1d6aab979177',
    signature: '9c3e54bfcdf0b19771a7f523ee5669cdf59bc7cc0884027167c21bb143a40197',
  },
  {
    name: 'get-vanilla-utf8-query',
    req: get('/?\u1234=bar'),
    creq: `GET\n/\n%E1%88%B4=bar\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n${EMPTY}`,
    stsHash: 'eb30c5bed55734080471a834cc727ae56beb50e5f39d1bff6d0d38cb192a7073',
    signature: '2cdec8eed098649ff3a119c94853b13c643bcf08f8b0a1d91e12c9027818dd04',
  },
  {
    name: 'get-unreserved',
    req: get(`/${UNRESERVED}`),
    creq: `GET\n/${UNRESERVED}\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n${EMPTY}`,
    stsHash: '6a968768eefaa713e2a6b16b589a8ea192661f098f37349f4e2c0082757446f9',
    signature: '07ef7494c76fa4850883e2b006601f940f8a34d404d0cfa977f52a65bbf5f24f',
  },
  {
    name: 'get-utf8',
    req: get('/\u1234'),
    creq: `GET\n/%E1%88%B4\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n${EMPTY}`,
    stsHash: '2a0a97d02205e45ce2e994789806b19270cfbbb0921b278ccf58f5249ac42102',
    signature: '8318018e0b0f223aa2bbf98705b62bb787dc9c0e678f255a891fd03141be5d85',
  },
  {
    name: 'get-header-key-duplicate',
    req: get('/', [HOST, ['My-Header1', 'value2'], ['My-Header1', 'value2'], ['My-Header1', 'value1'], DATE]),
    creq: `GET\n/\n\nhost:example.amazonaws.com\nmy-header1:value2,value2,value1\nx-amz-date:20150830T123600Z\n\nhost;my-header1;x-amz-date\n${EMPTY}`,
    stsHash: 'dc7f04a3abfde8d472b0ab1a418b741b7c67174dad1551b4117b15527fbe966c',
    signature: 'c9d5ea9f3f72853aea855b47ea873832890dbdd183b4468f858259531a5138ea',
  },
  {
    name: 'get-header-value-order',
    req: get('/', [
      HOST,
      ['My-Header1', 'value4'],
      ['My-Header1', 'value1'],
      ['My-Header1', 'value3'],
      ['My-Header1', 'value2'],
      DATE,
    ]),
    creq: `GET\n/\n\nhost:example.amazonaws.com\nmy-header1:value4,value1,value3,value2\nx-amz-date:20150830T123600Z\n\nhost;my-header1;x-amz-date\n${EMPTY}`,
    stsHash: '31ce73cd3f3d9f66977ad3dd957dc47af14df92fcd8509f59b349e9137c58b86',
    signature: '08c7e5a9acfcfeb3ab6b2185e75ce8b1deb5e634ec47601a50643f830c755c01',
  },
  {
    name: 'get-header-value-trim',
    req: get('/', [HOST, ['My-Header1', ' value1'], ['My-Header2', ' "a   b   c"'], DATE]),
    creq: `GET\n/\n\nhost:example.amazonaws.com\nmy-header1:value1\nmy-header2:"a b c"\nx-amz-date:20150830T123600Z\n\nhost;my-header1;my-header2;x-amz-date\n${EMPTY}`,
    stsHash: 'a726db9b0df21c14f559d0a978e563112acb1b9e05476f0a6a1c7d68f28605c7',
    signature: 'acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736',
  },
  {
    name: 'post-vanilla',
    req: { method: 'POST', path: '/', headers: [HOST, DATE], body: '' },
    creq: `POST\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n${EMPTY}`,
    stsHash: '553f88c9e4d10fc9e109e2aeb65f030801b70c2f6468faca261d401ae622fc87',
    signature: '5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b',
  },
  {
    name: 'post-header-value-case',
    req: { method: 'POST', path: '/', headers: [HOST, ['My-Header1', 'VALUE1'], DATE], body: '' },
    creq: `POST\n/\n\nhost:example.amazonaws.com\nmy-header1:VALUE1\nx-amz-date:20150830T123600Z\n\nhost;my-header1;x-amz-date\n${EMPTY}`,
    stsHash: 'd51ced243e649e3de6ef63afbbdcbca03131a21a7103a1583706a64618606a93',
    signature: 'cdbc9802e29d2942e5e10b5bccfdd67c5f22c7c4e8ae67b53629efa58b974b7d',
  },
  {
    name: 'post-vanilla-query',
    req: { method: 'POST', path: '/?Param1=value1', headers: [HOST, DATE], body: '' },
    creq: `POST\n/\nParam1=value1\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n${EMPTY}`,
    stsHash: '9d659678c1756bb3113e2ce898845a0a79dbbc57b740555917687f1b3340fbbd',
    signature: '28038455d6de14eafc1f9222cf5aa6f1a96197d7deb8263271d420d138af7f11',
  },
  {
    // The suite's .creq of this case lists content-length, but its .sts and .authz were computed without it
    // (SignedHeaders=content-type;host;x-amz-date); the form below is the one the signature proves.
    name: 'post-x-www-form-urlencoded',
    req: {
      method: 'POST',
      path: '/',
      headers: [['Content-Type', 'application/x-www-form-urlencoded'], HOST, DATE],
      body: 'Param1=value1',
    },
    creq:
      'POST\n/\n\ncontent-type:application/x-www-form-urlencoded\nhost:example.amazonaws.com\n' +
      'x-amz-date:20150830T123600Z\n\ncontent-type;host;x-amz-date\n' +
      '9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e',
    stsHash: '42a5e5bb34198acb3e84da4f085bb7927f2bc277ca766e6d19c73c2154021281',
    signature: 'ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a',
  },
];

describe('SigV4 against the AWS test suite', () => {
  test.each(VECTORS.map((v) => [v.name, v] as const))('%s', (_name, v) => {
    const { canonical, signedHeaders } = canonicalRequest(v.req);
    expect(canonical).toBe(v.creq);
    expect(stringToSign(canonical, SCOPE)).toBe(
      `AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n${v.stsHash}`,
    );
    expect(authorization(v.req, SCOPE)).toBe(
      `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=${signedHeaders}, Signature=${v.signature}`,
    );
  });

  test('the derived signing key of the AWS General Reference example (IAM, 2012-02-15)', () => {
    expect(signingKey('wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', '20120215', 'us-east-1', 'iam').toString('hex')).toBe(
      'f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d',
    );
  });

  test('a changed secret, date or body changes the signature', () => {
    const base = authorization(VECTORS[0].req, SCOPE);
    expect(authorization(VECTORS[0].req, { ...SCOPE, secretAccessKey: SCOPE.secretAccessKey + 'x' })).not.toBe(base);
    expect(authorization({ ...VECTORS[0].req, body: 'x' }, SCOPE)).not.toBe(base);
    expect(authorization(VECTORS[0].req, { ...SCOPE, amzDate: '20150831T123600Z' })).not.toBe(base);
  });

  test('x-amz-date is formatted from a Date', () => {
    expect(amzDate(new Date('2015-08-30T12:36:00.123Z'))).toBe('20150830T123600Z');
  });
});
