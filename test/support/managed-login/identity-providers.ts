import { CognitoError, InvalidParameterError, ResourceNotFoundError } from 'cognito-local/lib/errors.js';
import type { Route } from 'cognito-local/lib/server/Router.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { Services } from 'cognito-local/lib/services/index.js';

/** The OIDC `ProviderDetails` of CreateIdentityProvider (developer guide, "Adding OIDC identity providers"). */
export interface OidcProviderDetails {
  client_id: string;
  client_secret?: string;
  /** Space-separated, e.g. "openid email profile". */
  authorize_scopes: string;
  oidc_issuer: string;
  attributes_request_method: 'GET' | 'POST';
}

export interface IdentityProviderType {
  UserPoolId: string;
  ProviderName: string;
  ProviderType: 'OIDC';
  ProviderDetails: OidcProviderDetails;
  /** User pool attribute → provider claim, e.g. { email: 'email' }. */
  AttributeMapping: Record<string, string>;
  IdpIdentifiers: string[];
  LastModifiedDate: Date;
  CreationDate: Date;
}

type ProviderRequest = Partial<Omit<IdentityProviderType, 'ProviderDetails' | 'LastModifiedDate' | 'CreationDate'>> & {
  ProviderDetails?: Partial<Record<keyof OidcProviderDetails, string>>;
};

// The ProviderDetails AWS requires of an OIDC provider; client_secret is optional (API reference, CreateIdentityProvider).
const REQUIRED_OIDC_DETAILS = ['client_id', 'authorize_scopes', 'oidc_issuer', 'attributes_request_method'] as const;

function oidcDetails(details: ProviderRequest['ProviderDetails']): OidcProviderDetails {
  for (const key of REQUIRED_OIDC_DETAILS) {
    if (!details?.[key]) throw new InvalidParameterError(`${key} is required for an OIDC identity provider`);
  }
  const method = details!.attributes_request_method;
  if (method !== 'GET' && method !== 'POST') throw new InvalidParameterError('attributes_request_method must be GET or POST');
  return {
    client_id: details!.client_id!,
    ...(details!.client_secret ? { client_secret: details!.client_secret } : {}),
    authorize_scopes: details!.authorize_scopes!,
    oidc_issuer: details!.oidc_issuer!,
    attributes_request_method: method,
  };
}

/**
 * The pool's identity providers (cognito-local has none): CreateIdentityProvider, DescribeIdentityProvider,
 * UpdateIdentityProvider, DeleteIdentityProvider, ListIdentityProviders and GetIdentityProviderByIdentifier, for OIDC
 * providers. Kept in memory: a restarted emulator has none until they are created again.
 */
export class IdentityProviders {
  private readonly byPool = new Map<string, Map<string, IdentityProviderType>>();

  constructor(private readonly services: Pick<Services, 'cognito' | 'clock'>) {}

  get(userPoolId: string, name: string): IdentityProviderType | undefined {
    return this.byPool.get(userPoolId)?.get(name);
  }

  byIdentifier(userPoolId: string, identifier: string): IdentityProviderType | undefined {
    return [...(this.byPool.get(userPoolId)?.values() ?? [])].find((p) => p.IdpIdentifiers.includes(identifier));
  }

  private pool(userPoolId: string): Map<string, IdentityProviderType> {
    const providers = this.byPool.get(userPoolId) ?? new Map<string, IdentityProviderType>();
    this.byPool.set(userPoolId, providers);
    return providers;
  }

  private async existing(ctx: Context, req: ProviderRequest): Promise<IdentityProviderType> {
    await this.services.cognito.getUserPool(ctx, req.UserPoolId ?? '');
    const provider = this.get(req.UserPoolId ?? '', req.ProviderName ?? '');
    if (!provider) throw new ResourceNotFoundError(`Identity provider ${req.ProviderName} does not exist.`);
    return provider;
  }

  targets(): Record<string, Route> {
    const create = async (ctx: Context, req: ProviderRequest) => {
      if (!req.UserPoolId || !req.ProviderName) throw new InvalidParameterError('UserPoolId and ProviderName are required');
      await this.services.cognito.getUserPool(ctx, req.UserPoolId);
      if (req.ProviderType !== 'OIDC') throw new InvalidParameterError(`The harness supports ProviderType OIDC only, not ${String(req.ProviderType)}`);
      const providers = this.pool(req.UserPoolId);
      if (providers.has(req.ProviderName)) {
        throw new CognitoError('DuplicateProviderException', `A provider with the name ${req.ProviderName} already exists in this user pool.`);
      }
      const now = this.services.clock.get();
      const provider: IdentityProviderType = {
        UserPoolId: req.UserPoolId,
        ProviderName: req.ProviderName,
        ProviderType: 'OIDC',
        ProviderDetails: oidcDetails(req.ProviderDetails),
        AttributeMapping: { ...(req.AttributeMapping ?? {}) },
        IdpIdentifiers: [...(req.IdpIdentifiers ?? [])],
        CreationDate: now,
        LastModifiedDate: now,
      };
      providers.set(provider.ProviderName, provider);
      return { IdentityProvider: provider };
    };
    const update = async (ctx: Context, req: ProviderRequest) => {
      const provider = await this.existing(ctx, req);
      const updated: IdentityProviderType = {
        ...provider,
        ...(req.ProviderDetails ? { ProviderDetails: oidcDetails({ ...provider.ProviderDetails, ...req.ProviderDetails }) } : {}),
        ...(req.AttributeMapping ? { AttributeMapping: { ...req.AttributeMapping } } : {}),
        ...(req.IdpIdentifiers ? { IdpIdentifiers: [...req.IdpIdentifiers] } : {}),
        LastModifiedDate: this.services.clock.get(),
      };
      this.pool(provider.UserPoolId).set(provider.ProviderName, updated);
      return { IdentityProvider: updated };
    };
    return {
      CreateIdentityProvider: create as Route,
      UpdateIdentityProvider: update as Route,
      DescribeIdentityProvider: (async (ctx: Context, req: ProviderRequest) => ({ IdentityProvider: await this.existing(ctx, req) })) as Route,
      DeleteIdentityProvider: (async (ctx: Context, req: ProviderRequest) => {
        const provider = await this.existing(ctx, req);
        this.pool(provider.UserPoolId).delete(provider.ProviderName);
        return {};
      }) as Route,
      ListIdentityProviders: (async (ctx: Context, req: ProviderRequest) => {
        await this.services.cognito.getUserPool(ctx, req.UserPoolId ?? '');
        const providers = [...this.pool(req.UserPoolId ?? '').values()].map(({ ProviderName, ProviderType, CreationDate, LastModifiedDate }) => ({
          ProviderName,
          ProviderType,
          CreationDate,
          LastModifiedDate,
        }));
        return { Providers: providers };
      }) as Route,
      GetIdentityProviderByIdentifier: (async (ctx: Context, req: { UserPoolId?: string; IdpIdentifier?: string }) => {
        await this.services.cognito.getUserPool(ctx, req.UserPoolId ?? '');
        const provider = this.byIdentifier(req.UserPoolId ?? '', req.IdpIdentifier ?? '');
        if (!provider) throw new ResourceNotFoundError(`Identity provider with identifier ${req.IdpIdentifier} does not exist.`);
        return { IdentityProvider: provider };
      }) as Route,
    };
  }
}
