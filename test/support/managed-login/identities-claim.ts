import type { TokenGenerator } from 'cognito-local/lib/services/tokenGenerator.js';
import { attributeValue } from 'cognito-local/lib/services/userPoolService.js';
import { withClaims } from './pool-jwt';

/**
 * A federated user's id token carries the `identities` claim, parsed from the user's `identities` attribute (the
 * emulator's token generator adds only `custom:` attributes). Every way tokens are issued goes through here, so a
 * refresh through the Cognito API keeps the claim, as Cognito does.
 */
export function withIdentitiesClaim(generator: TokenGenerator): TokenGenerator {
  return {
    async generate(ctx, user, groups, client, metadata, source) {
      const tokens = await generator.generate(ctx, user, groups, client, metadata, source);
      const identities = attributeValue('identities', user.Attributes);
      if (!identities) return tokens;
      return { ...tokens, IdToken: withClaims(tokens.IdToken, { identities: JSON.parse(identities) as unknown }) };
    },
  };
}
