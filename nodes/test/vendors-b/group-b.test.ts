import { defineCredential, type CredentialType, type PropMap } from '@ainow/engine/sdk';
import {
  groupBCredentials,
  groupBNodes,
  groupBSandboxCredentials,
  groupBSimulators,
} from '../../src/vendors/group-b';
import { testCredential } from './support/test-http';

describe('group B index', () => {
  it('lists every node once, each with a known credential, effect, rate limit and output sample', () => {
    const types = groupBNodes.map((n) => n.type);
    expect(new Set(types).size).toBe(types.length);
    expect(types).toHaveLength(3 + 2 + 3 + 8 + 12);
    const credentialNames = new Set(groupBCredentials.map((c) => c.name));
    for (const node of groupBNodes) {
      // The SendGrid events trigger checks a public key given on the node, so it needs no credential.
      if (node.type !== 'sendgrid.emailEvents') expect(credentialNames.has(node.credential!.type)).toBe(true);
      expect(node.outputSample).toBeDefined();
      if (!node.trigger)
        expect(node.rateLimit).toEqual(
          expect.objectContaining({ requests: expect.any(Number), perMs: expect.any(Number) }),
        );
    }
    expect(groupBNodes.filter((n) => n.effect === 'send').map((n) => n.type)).toEqual([
      'sendgrid.sendEmail',
      'mailgun.sendEmail',
      'twilio.sendSms',
    ]);
  });

  it('declares every loadOptions loader a prop asks for', () => {
    for (const node of groupBNodes) {
      const wanted = Object.values(node.props as PropMap).flatMap((p) => [
        p.loadOptions,
        ...Object.values(p.fields ?? {}).map((f) => f.loadOptions),
      ]);
      for (const name of wanted.filter(Boolean))
        expect([node.type, typeof node.loadOptions?.[name!]]).toEqual([node.type, 'function']);
    }
  });

  it.each(groupBCredentials.map((c) => [c.name, c] as [string, CredentialType]))(
    '%s: the sandbox credential passes its test against its simulator',
    async (name, type) => {
      const sim = groupBSimulators[type.baseUrl!.simulator!]();
      await sim.start();
      try {
        const credential = {
          id: `sandbox-${name}`,
          type: name,
          values: groupBSandboxCredentials[name],
          baseUrl: sim.url(),
        };
        await expect(testCredential(type, credential)).resolves.toBeUndefined();
        expect(type.secretFields!.length).toBeGreaterThan(0);
        expect(defineCredential(type).secretFields).toEqual(type.secretFields);
      } finally {
        await sim.stop();
      }
    },
  );
});
