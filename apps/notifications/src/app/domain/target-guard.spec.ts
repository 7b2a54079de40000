import { checkWebhookTarget, isPrivateAddress } from './target-guard';

const resolvesTo = (...addresses: string[]) => (async () => addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }))) as never;

describe('webhook target guard', () => {
  it.each(['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '0.0.0.0', '::1', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1', '224.0.0.1'])(
    'treats %s as private',
    (ip) => expect(isPrivateAddress(ip)).toBe(true),
  );

  it.each(['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111'])('treats %s as public', (ip) => expect(isPrivateAddress(ip)).toBe(false));

  it('refuses private targets, other schemes and credentials unless private targets are allowed', async () => {
    await expect(checkWebhookTarget('http://127.0.0.1:8080/hook', false)).rejects.toThrow(/private/);
    await expect(checkWebhookTarget('http://[::1]/hook', false)).rejects.toThrow(/private/);
    await expect(checkWebhookTarget('https://hooks.example.org/x', false, resolvesTo('93.184.216.34', '10.0.0.5'))).rejects.toThrow(/10\.0\.0\.5/);
    await expect(checkWebhookTarget('https://hooks.example.org/x', false, resolvesTo('93.184.216.34'))).resolves.toBeUndefined();
    await expect(checkWebhookTarget('ftp://example.org/x', false)).rejects.toThrow(/http or https/);
    await expect(checkWebhookTarget('https://user:pw@example.org/x', false)).rejects.toThrow(/credentials/);
    await expect(checkWebhookTarget('http://127.0.0.1:8080/hook', true)).resolves.toBeUndefined();
  });
});
